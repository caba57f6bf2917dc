using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;

namespace Agora.Generators.Parsing;

/// <summary>The types the parser recognises, resolved once per compilation.</summary>
internal sealed class KnownTypes
{
    public const string AgoraApiAttribute = "Agora.Rest.AgoraApiAttribute";

    // The generator parses each interface on its own, and after every edit; resolving these 32 names searches
    // every referenced assembly, which cost as much as a tenth of a parse when it was done per interface.
    // Weak keys: an entry lives exactly as long as its compilation.
    private static readonly ConditionalWeakTable<Compilation, KnownTypes> s_byCompilation = new();

    /// <summary>The known types of <paramref name="compilation"/>, resolved on first use and shared after.</summary>
    public static KnownTypes For(Compilation compilation) => s_byCompilation.GetValue(compilation, static c => new KnownTypes(c));

    private KnownTypes(Compilation compilation)
    {
        AgoraApi = compilation.GetTypeByMetadataName(AgoraApiAttribute);
        BasicAuth = compilation.GetTypeByMetadataName("Agora.Rest.BasicAuthAttribute");
        AccessToken2Auth = compilation.GetTypeByMetadataName("Agora.Rest.AccessToken2AuthAttribute");
        AccessTokenAuth = compilation.GetTypeByMetadataName("Agora.Rest.AccessTokenAuthAttribute");
        NoAuth = compilation.GetTypeByMetadataName("Agora.Rest.NoAuthAttribute");
        Get = compilation.GetTypeByMetadataName("Agora.Rest.GetAttribute");
        Post = compilation.GetTypeByMetadataName("Agora.Rest.PostAttribute");
        Put = compilation.GetTypeByMetadataName("Agora.Rest.PutAttribute");
        Patch = compilation.GetTypeByMetadataName("Agora.Rest.PatchAttribute");
        Delete = compilation.GetTypeByMetadataName("Agora.Rest.DeleteAttribute");
        Head = compilation.GetTypeByMetadataName("Agora.Rest.HeadAttribute");
        Query = compilation.GetTypeByMetadataName("Agora.Rest.QueryAttribute");
        Header = compilation.GetTypeByMetadataName("Agora.Rest.HeaderAttribute");
        Body = compilation.GetTypeByMetadataName("Agora.Rest.BodyAttribute");
        Path = compilation.GetTypeByMetadataName("Agora.Rest.PathAttribute");
        Idempotent = compilation.GetTypeByMetadataName("Agora.Rest.IdempotentAttribute");
        AgoraResponse = compilation.GetTypeByMetadataName("Agora.Rest.AgoraResponse`1");
        Task = compilation.GetTypeByMetadataName("System.Threading.Tasks.Task");
        TaskOfT = compilation.GetTypeByMetadataName("System.Threading.Tasks.Task`1");
        ValueTask = compilation.GetTypeByMetadataName("System.Threading.Tasks.ValueTask");
        ValueTaskOfT = compilation.GetTypeByMetadataName("System.Threading.Tasks.ValueTask`1");
        CancellationToken = compilation.GetTypeByMetadataName("System.Threading.CancellationToken");
        Stream = compilation.GetTypeByMetadataName("System.IO.Stream");
        HttpContent = compilation.GetTypeByMetadataName("System.Net.Http.HttpContent");
        HttpResponseMessage = compilation.GetTypeByMetadataName("System.Net.Http.HttpResponseMessage");
        DateTimeOffset = compilation.GetTypeByMetadataName("System.DateTimeOffset");
        DateOnly = compilation.GetTypeByMetadataName("System.DateOnly");
        TimeOnly = compilation.GetTypeByMetadataName("System.TimeOnly");
        TimeSpan = compilation.GetTypeByMetadataName("System.TimeSpan");
        Guid = compilation.GetTypeByMetadataName("System.Guid");
        Formattable = compilation.GetTypeByMetadataName("System.IFormattable");
        EnumerableOfT = compilation.GetTypeByMetadataName("System.Collections.Generic.IEnumerable`1");
        JsonStringEnumMemberName = compilation.GetTypeByMetadataName("System.Text.Json.Serialization.JsonStringEnumMemberNameAttribute");
        JsonSerializerContext = compilation.GetTypeByMetadataName("System.Text.Json.Serialization.JsonSerializerContext");
    }

    public INamedTypeSymbol? AgoraApi { get; }
    public INamedTypeSymbol? BasicAuth { get; }
    public INamedTypeSymbol? AccessToken2Auth { get; }
    public INamedTypeSymbol? AccessTokenAuth { get; }
    public INamedTypeSymbol? NoAuth { get; }
    public INamedTypeSymbol? JsonSerializerContext { get; }
    public INamedTypeSymbol? Get { get; }
    public INamedTypeSymbol? Post { get; }
    public INamedTypeSymbol? Put { get; }
    public INamedTypeSymbol? Patch { get; }
    public INamedTypeSymbol? Delete { get; }
    public INamedTypeSymbol? Head { get; }
    public INamedTypeSymbol? Query { get; }
    public INamedTypeSymbol? Header { get; }
    public INamedTypeSymbol? Body { get; }
    public INamedTypeSymbol? Path { get; }
    public INamedTypeSymbol? Idempotent { get; }
    public INamedTypeSymbol? AgoraResponse { get; }
    public INamedTypeSymbol? Task { get; }
    public INamedTypeSymbol? TaskOfT { get; }
    public INamedTypeSymbol? ValueTask { get; }
    public INamedTypeSymbol? ValueTaskOfT { get; }
    public INamedTypeSymbol? CancellationToken { get; }
    public INamedTypeSymbol? Stream { get; }
    public INamedTypeSymbol? HttpContent { get; }
    public INamedTypeSymbol? HttpResponseMessage { get; }
    public INamedTypeSymbol? DateTimeOffset { get; }
    public INamedTypeSymbol? DateOnly { get; }
    public INamedTypeSymbol? TimeOnly { get; }
    public INamedTypeSymbol? TimeSpan { get; }
    public INamedTypeSymbol? Guid { get; }
    public INamedTypeSymbol? Formattable { get; }
    public INamedTypeSymbol? EnumerableOfT { get; }
    public INamedTypeSymbol? JsonStringEnumMemberName { get; }

    public static bool Is(ITypeSymbol? type, INamedTypeSymbol? known) =>
        known is not null && type is not null && SymbolEqualityComparer.Default.Equals(type.OriginalDefinition, known);
}
