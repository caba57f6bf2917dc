using System.Linq;
using System.Threading;
using Agora.Generators.Model;
using Agora.Generators.Parsing;
using Agora.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Agora.Generators.Tests;

/// <summary>The parser on its own: what it reads from declarations and what it refuses.</summary>
public sealed class ParserTests
{
    internal static ClientSpec? Parse(string source, string interfaceMetadataName)
    {
        CSharpCompilation compilation = TestCompilation.Create(source);
        INamedTypeSymbol api = compilation.GetTypeByMetadataName(interfaceMetadataName)!;
        Assert.NotNull(api);
        return ApiParser.Parse(api, compilation, CancellationToken.None);
    }

    [Fact]
    public void Nested_in_generic_partial_types()
    {
        ClientSpec? spec = Parse("""
            using System.Threading.Tasks;
            using Agora.Rest;
            public static partial class Outer<T>
            {
                [AgoraApi, BasicAuth]
                internal partial interface IApi { [Get("/x")] Task<string> GetAsync(); }
            }
            """, "Outer`1+IApi");

        Assert.NotNull(spec);
        Assert.Equal("ApiClient", spec!.ClientName);
        Assert.Equal("class Outer<T>", string.Join("|", spec.ContainingTypes.Select(c => c.Keyword + " " + c.NameWithTypeParameters)));
        Assert.False(spec.CanRegisterServices);
    }
}
