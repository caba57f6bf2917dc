using System.Collections.Generic;
using System.Linq;
using Agora.Generators.Helpers;
using Agora.Generators.Model;

namespace Agora.Generators.Emitting;

/// <summary>Writes the client class for one <see cref="ClientSpec"/>.</summary>
internal static class ClientEmitter
{
    internal const string Core = "global::Agora.Rest.Infrastructure.AgoraClientCore";
    private const string Operation = "global::Agora.Rest.Infrastructure.AgoraOperation";

    public static string Emit(ClientSpec spec)
    {
        var writer = new SourceWriter();
        GeneratedCodeInfo.WriteHeader(writer);
        if (spec.Namespace is not null)
        {
            writer.Open($"namespace {spec.Namespace}");
        }

        foreach (ContainingTypeSpec containing in spec.ContainingTypes)
        {
            writer.Open($"partial {containing.Keyword} {containing.NameWithTypeParameters}");
        }

        var jsonTypes = new JsonTypeFields(spec, SelfType(spec));
        WriteClass(writer, spec, jsonTypes);

        foreach (ContainingTypeSpec _ in spec.ContainingTypes)
        {
            writer.Close();
        }

        if (spec.Namespace is not null)
        {
            writer.Close();
        }

        return writer.ToString();
    }

    private static void WriteClass(SourceWriter writer, ClientSpec spec, JsonTypeFields jsonTypes)
    {
        string interfaceName = GeneratedCodeInfo.XmlText(spec.InterfaceDisplayName);
        writer.Line("/// <summary>");
        writer.Line($"/// The Agora REST client generated for <c>{interfaceName}</c>. Create it with an <see cref=\"global::System.Net.Http.HttpClient\"/>");
        writer.Line("/// and <see cref=\"global::Agora.Rest.AgoraCredentials\"/>; every method sends one request with the declared scheme's headers.");
        writer.Line("/// </summary>");
        writer.Line(GeneratedCodeInfo.Attribute);
        writer.Open($"{spec.Accessibility} sealed partial class {spec.ClientName} : {spec.InterfaceType}");

        string self = SelfType(spec);
        WriteFields(writer, spec, jsonTypes);
        WriteConstructors(writer, spec, self);

        for (int i = 0; i < spec.Methods.Length; i++)
        {
            writer.Line();
            MethodSpec method = spec.Methods[i];
            if (method.UnsupportedReason is null)
            {
                MethodEmitter.WriteSupported(writer, method, self, $"{self}.{OperationField(i)}", jsonTypes);
            }
            else
            {
                MethodEmitter.WriteUnsupported(writer, method);
            }
        }

        foreach (MemberStubSpec stub in spec.Stubs)
        {
            writer.Line();
            writer.Open(stub.Head);
            foreach (string accessor in stub.Accessors)
            {
                writer.Line($"{accessor} => throw new global::System.NotSupportedException({CSharpText.Literal(stub.Reason)});");
            }

            writer.Close();
        }

        foreach (EnumFormatterSpec formatter in spec.EnumFormatters)
        {
            writer.Line();
            WriteEnumFormatter(writer, formatter);
        }

        writer.Close();
    }

    // The framework's own HttpMethod instances, which every target has but for PATCH (netstandard2.0 lacks it): the
    // library's AgoraHttpMethods then serves. Creating a client then runs no static constructor of the library's to get a verb.
    private static string HttpMethodExpression(string httpMethod) =>
        httpMethod == "Patch"
            ? "global::Agora.Rest.Infrastructure.AgoraHttpMethods.Patch"
            : "global::System.Net.Http.HttpMethod." + httpMethod;

    private static void WriteFields(SourceWriter writer, ClientSpec spec, JsonTypeFields jsonTypes)
    {
        string schemes = string.Join(", ", spec.AuthSchemesInUse.Select(SchemeName));
        writer.Line($"private static readonly global::Agora.Rest.AgoraAuthScheme[] __agoraSchemesInUse = new global::Agora.Rest.AgoraAuthScheme[] {{ {schemes} }};");
        for (int i = 0; i < spec.Methods.Length; i++)
        {
            MethodSpec method = spec.Methods[i];
            if (method.UnsupportedReason is null)
            {
                writer.Line(
                    $"private static readonly {Operation} {OperationField(i)} = new {Operation}(" +
                    $"{HttpMethodExpression(method.HttpMethod)}, {CSharpText.Literal(method.RouteTemplate)}, {SchemeName(method.AuthScheme)}{(method.IsIdempotent ? ", isIdempotent: true" : string.Empty)});");
            }
        }

        writer.Line();
        writer.Line($"private readonly {Core} __agoraCore;");
        // With a declared context the metadata is the same for every instance, so it is cached once per type.
        string modifiers = spec.JsonContext is null ? "private" : "private static";
        foreach ((string type, string field) in jsonTypes.All)
        {
            writer.Line($"{modifiers} global::System.Text.Json.Serialization.Metadata.JsonTypeInfo<{type}>? {field};");
        }
    }

    private static void WriteConstructors(SourceWriter writer, ClientSpec spec, string self)
    {
        string coreArguments = $"{CSharpText.Literal(spec.BaseAddress)}, {CSharpText.Literal(spec.ClientName)}, {self}.__agoraSchemesInUse";

        writer.Line();
        writer.Line($"/// <summary>Creates the client with default options.</summary>");
        writer.Line("/// <param name=\"httpClient\">Sends the requests; its <c>BaseAddress</c>, when set, overrides the declared one.</param>");
        writer.Line("/// <param name=\"credentials\">What requests authenticate with.</param>");
        writer.Line("/// <exception cref=\"global::System.ArgumentException\">The credentials cannot serve a scheme this API uses.</exception>");
        writer.Open($"public {spec.ClientName}(global::System.Net.Http.HttpClient httpClient, global::Agora.Rest.AgoraCredentials credentials)");
        writer.Line($"this.__agoraCore = new {Core}(httpClient, credentials, null, {coreArguments});");
        writer.Close();

        writer.Line();
        writer.Line($"/// <summary>Creates the client with the given options.</summary>");
        writer.Line("/// <param name=\"httpClient\">Sends the requests; its <c>BaseAddress</c>, when set, overrides the declared one.</param>");
        writer.Line("/// <param name=\"credentials\">What requests authenticate with.</param>");
        writer.Line("/// <param name=\"options\">JSON settings and a base address override.</param>");
        writer.Line("/// <exception cref=\"global::System.ArgumentException\">The credentials cannot serve a scheme this API uses.</exception>");
        writer.Open($"public {spec.ClientName}(global::System.Net.Http.HttpClient httpClient, global::Agora.Rest.AgoraCredentials credentials, global::Agora.Rest.AgoraClientOptions options)");
        writer.Line($"this.__agoraCore = new {Core}(httpClient, credentials, options ?? throw new global::System.ArgumentNullException(nameof(options)), {coreArguments});");
        writer.Close();
    }

    private static void WriteEnumFormatter(SourceWriter writer, EnumFormatterSpec formatter)
    {
        writer.Open($"private static string {formatter.MethodName}({formatter.EnumType} value)");
        writer.Open("switch (value)");
        foreach (EnumMemberSpec member in formatter.Members)
        {
            writer.Line($"case {member.MemberAccess}: return {CSharpText.Literal(member.JsonName)};");
        }

        writer.Line("default: return value.ToString(\"D\");");
        writer.Close();
        writer.Close();
    }

    // Static members are reached through this name so that no parameter can shadow them.
    private static string SelfType(ClientSpec spec)
    {
        var name = new System.Text.StringBuilder("global::");
        if (spec.Namespace is not null)
        {
            name.Append(spec.Namespace).Append('.');
        }

        foreach (ContainingTypeSpec containing in spec.ContainingTypes)
        {
            name.Append(containing.NameWithTypeParameters).Append('.');
        }

        return name.Append(spec.ClientName).ToString();
    }

    internal static string OperationField(int methodIndex) => "__agoraOperation" + methodIndex;

    // The twin enums share member names, so the runtime member is named after the generator's.
    internal static string SchemeName(AuthScheme scheme) => "global::Agora.Rest.AgoraAuthScheme." + scheme;
}

/// <summary>One cached <c>JsonTypeInfo&lt;T&gt;</c> field per distinct JSON type a client reads or writes.</summary>
internal sealed class JsonTypeFields
{
    private readonly Dictionary<string, string> _fields = new();
    private readonly List<(string Type, string Field)> _ordered = new();
    private readonly string _self;
    private readonly string? _context;

    public JsonTypeFields(ClientSpec spec, string self)
    {
        _self = self;
        _context = spec.JsonContext;
        foreach (MethodSpec method in spec.Methods)
        {
            if (method.UnsupportedReason is not null)
            {
                continue;
            }

            if (method.Body is { Kind: BodyKind.Json } body)
            {
                Add(body.Type);
            }

            if (method.Return.Kind is ReturnKind.Json or ReturnKind.ResponseJson && method.Return.ResultType is not null)
            {
                Add(method.Return.ResultType);
            }
        }
    }

    public IReadOnlyList<(string Type, string Field)> All => _ordered;

    /// <summary>The expression that yields the cached metadata for <paramref name="type"/>.</summary>
    public string Lookup(string type) => _context is null
        ? $"this.__agoraCore.GetJsonTypeInfo(ref this.{_fields[type]})"
        : $"{ClientEmitter.Core}.JsonTypeInfoFrom(ref {_self}.{_fields[type]}, {_context}.Default)";

    private void Add(string type)
    {
        if (!_fields.ContainsKey(type))
        {
            string field = "__agoraJson" + _fields.Count;
            _fields.Add(type, field);
            _ordered.Add((type, field));
        }
    }
}
