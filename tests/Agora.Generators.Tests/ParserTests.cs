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

    [Fact]
    public void Generic_interfaces_and_interfaces_in_non_partial_types_get_no_client()
    {
        Assert.Null(Parse("""
            using System.Threading.Tasks;
            using Agora.Rest;
            [AgoraApi, BasicAuth]
            public partial interface IApi<T> { [Get("/x")] Task<T> GetAsync(); }
            """, "IApi`1"));
        Assert.Null(Parse("""
            using System.Threading.Tasks;
            using Agora.Rest;
            public class Outer
            {
                [AgoraApi, BasicAuth]
                public partial interface IApi { [Get("/x")] Task<string> GetAsync(); }
            }
            """, "Outer+IApi"));
    }

    [Theory]
    [InlineData("IChannelApi", "ChannelApiClient")]
    [InlineData("Iota", "IotaClient")]
    [InlineData("I", "IClient")]
    [InlineData("Api", "ApiClient")]
    public void Client_names_drop_the_interface_prefix(string interfaceName, string clientName)
    {
        Assert.Equal(clientName, ApiParser.ClientNameFor(interfaceName));
    }

    [Theory]
    [InlineData("", "empty")]
    [InlineData("dev/v1", "must start with '/'")]
    [InlineData("//evil.example/x", "absolute URL")]
    [InlineData("https://evil.example/x", "must start with '/'")]
    [InlineData("/a/{b", "without a matching '}'")]
    [InlineData("/a/b}", "without a matching '{'")]
    [InlineData("/a/{}", "empty hole")]
    [InlineData("/a/{x}/{X}", "more than once")]
    [InlineData("/a?x={x}", "query string")]
    [InlineData("/a#frag", "fragment")]
    [InlineData("/a b", "whitespace")]
    [InlineData("/a/{x-y}", "not a valid name")]
    public void Invalid_route_templates_say_what_is_wrong(string template, string expected)
    {
        RouteTemplate route = RouteTemplate.Parse(template);

        Assert.NotNull(route.Error);
        Assert.Contains(expected, route.Error, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Route_templates_split_into_literals_and_holes()
    {
        RouteTemplate route = RouteTemplate.Parse("/v1/apps/{appid}/cloud_recording/resourceid/{resourceId}/mode/{mode}/start");

        Assert.Null(route.Error);
        Assert.Equal(
            "L:/v1/apps/|H:appid|L:/cloud_recording/resourceid/|H:resourceId|L:/mode/|H:mode|L:/start",
            string.Join("|", route.Parts.Select(p => (p.IsHole ? "H:" : "L:") + p.Text)));
    }

    [Fact]
    public void Generation_is_deterministic()
    {
        string source = """
            using System.Collections.Generic;
            using System.Threading.Tasks;
            using Agora.Rest;
            namespace Contoso;
            public enum Mode { A, B }
            [AgoraApi, BasicAuth]
            public partial interface IApi
            {
                [Get("/{a}/{b}")] Task<string> GetAsync(string a, int b, [Query] Mode? mode, [Query] List<string>? tags);
                [Post("/x")] Task<Dictionary<string, int>> PostAsync([Body] Dictionary<string, int> body);
            }
            """;

        string first = Generate(source);
        string second = Generate(source);

        Assert.Equal(first, second);
    }

    private static string Generate(string source) => string.Join("\n---\n",
        TestCompilation.Run(TestCompilation.Create(source)).Driver.GetRunResult().Results.Single()
            .GeneratedSources.Select(s => s.HintName + "\n" + s.SourceText));
}
