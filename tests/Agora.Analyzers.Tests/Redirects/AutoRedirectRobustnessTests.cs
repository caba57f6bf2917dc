using System.Linq;
using System.Threading.Tasks;
using Agora.Analyzers.Tests.CompilerRobustness;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Agora.Analyzers.Tests.Redirects;

/// <summary>
/// AGR0007 and its fix over every token prefix of code that builds legacy-token clients by hand, with the generator
/// running as in a consuming project: the shared robustness corpus has no such code, so the fix would not run there.
/// </summary>
public sealed class AutoRedirectRobustnessTests
{
    private const string Source = """
        using System;
        using System.Net.Http;
        using System.Threading.Tasks;
        using Agora.Rest;
        namespace Contoso
        {
            [AgoraApi, AccessTokenAuth]
            public partial interface ILegacyApi { [Get("/x")] Task<string> GetAsync(); }
            public sealed class Make(AgoraCredentials credentials)
            {
                private static readonly HttpClient Shared = new() { Timeout = TimeSpan.FromSeconds(5) };
                public ILegacyApi A() => new LegacyApiClient(new HttpClient(), credentials);
                public ILegacyApi B() => new LegacyApiClient(Shared, credentials);
                public ILegacyApi C(bool follow)
                {
                    SocketsHttpHandler handler = new() { UseCookies = false, AllowAutoRedirect = follow };
                    var other = new HttpClientHandler
                    {
                        UseCookies = false,
                    };
                    other.AllowAutoRedirect = true;
                    using HttpClient http = new(other, disposeHandler: true);
                    return new LegacyApiClient(http, credentials) ?? new LegacyApiClient(new(handler), credentials);
                }
            }
        }
        """;

    [Fact]
    public async Task Every_prefix_analyzes_and_fixes_without_an_exception()
    {
        SyntaxToken[] tokens = CSharpSyntaxTree.ParseText(Source).GetRoot().DescendantTokens().ToArray();
        var run = new RobustnessRun();
        for (int count = 0; count <= tokens.Length; count++)
        {
            await run.CheckAsync(count == tokens.Length ? Source : Source[..tokens[count].SpanStart], $"first {count} tokens");
        }

        Assert.True(run.Failures.Count == 0, $"{run.Failures.Count} failures; the first:\n" + string.Join("\n\n", run.Failures.Take(3)));
        Assert.True(run.FixesComputed > tokens.Length / 2, $"only {run.FixesComputed} fixes computed over {tokens.Length} prefixes");
    }
}
