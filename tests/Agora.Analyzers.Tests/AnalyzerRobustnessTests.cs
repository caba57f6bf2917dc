using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using Agora.Analyzers.Declarations;
using Agora.Rest;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Agora.Analyzers.Tests;

/// <summary>Half-typed code: every analyzer runs over every token prefix of representative sources and never throws.</summary>
public sealed class AnalyzerRobustnessTests
{
    private const string Source = """
        using System;
        using System.Threading;
        using System.Threading.Tasks;
        using Agora.Rest;
        namespace Contoso
        {
            [AgoraApi("https://api.sd-rtn.com"), AccessToken2Auth, Header("x-a", "b")]
            public partial interface IApi
            {
                [Get("/v1/{appId}/items/{id}?fixed=1"), BasicAuth, NoAuth]
                ValueTask<AgoraResponse<string>> GetAsync(string appId, [Path("id")] long item, CancellationToken cancellationToken = default);
                [Post("/v1/items"), Put("/v1/{x")]
                Task<string?> PostAsync([Body] string body);
                Task MissingAsync();
            }
            [AgoraApi] interface INotPartial { [Delete("")] Task DeleteAsync(); }
        }
        """;

    private static readonly MetadataReference[] References = Basic.Reference.Assemblies.Net100.References.All
        .Cast<MetadataReference>()
        .Append(MetadataReference.CreateFromFile(typeof(AgoraApiAttribute).Assembly.Location))
        .ToArray();

    // Secrets flowing every way the secret analyzers follow; values are made here, at test time.
    private static readonly string SecretSource = $$"""
        using System;
        using System.Text;
        using Agora.Rest;
        using Agora.Rest.Tokens;
        using Microsoft.Extensions.Logging;
        namespace Contoso
        {
            public static class Keys
            {
                public const string AppCertificate = "{{Secrets.RandomSecrets.Hex32()}}";
                private static readonly byte[] Bytes = [300, 2];
                private static readonly byte[] Text = ["x"];
                private static readonly string[] Rotation = ["{{Secrets.RandomSecrets.Hex32()}}", "{{Secrets.RandomSecrets.Hex32()}}"];
                public static string Make(string appId, bool fallback, ILogger log)
                {
                    var (id, customerSecret) = ("{{Secrets.RandomSecrets.Hex32()}}", fallback ? "{{Secrets.RandomSecrets.Hex32()}}" : Environment.GetEnvironmentVariable("S"));
                    var credentials = AgoraCredentials.Basic(id, customerSecret ?? $"{AppCertificate}{string.Join("", Rotation)}");
                    log.LogInformation("secret {S}", customerSecret);
                    string header = "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes(id + ":" + customerSecret));
                    // curl -u {{Secrets.RandomSecrets.Hex32()}}:{{Secrets.RandomSecrets.Hex32()}} https://api.agora.io
                    return RtmTokenBuilder2.BuildToken(appId, new string(new[] { 'a', 'b' }) + AppCertificate, "u", 60) + Token() + header;
                    static string Token() => "{{Secrets.RandomSecrets.AccessToken2()}}";
                }
            }
        }
        """;

    // Generated clients of a legacy-token API built every way AGR0007 follows; the client is declared as the generator
    // writes it, since these compilations run no generator.
    private const string ClientSource = """
        using System;
        using System.Net.Http;
        using System.Threading.Tasks;
        using Agora.Rest;
        namespace Contoso
        {
            [AgoraApi, AccessTokenAuth]
            public partial interface ILegacyApi { [Get("/x")] Task<string> GetAsync(); }
            [System.CodeDom.Compiler.GeneratedCode("Agora.Generators", "1.0.0.0")]
            public sealed partial class LegacyApiClient : ILegacyApi
            {
                public LegacyApiClient(HttpClient httpClient, AgoraCredentials credentials) { }
                public Task<string> GetAsync() => Task.FromResult("");
            }
            public sealed class Make(AgoraCredentials credentials)
            {
                private readonly ILegacyApi _first = new LegacyApiClient(new(), credentials);
                private readonly ILegacyApi _second = new LegacyApiClient(new(new HttpClientHandler()), credentials);
                private static readonly HttpClient Shared = new();
                public ILegacyApi A() => new LegacyApiClient(new HttpClient(), credentials);
                public ILegacyApi B() => new LegacyApiClient(Shared, credentials);
                public ILegacyApi C(bool follow)
                {
                    SocketsHttpHandler handler = new() { UseCookies = false, AllowAutoRedirect = follow };
                    var other = new HttpClientHandler { AllowAutoRedirect = true };
                    other.AllowAutoRedirect = true;
                    using HttpClient http = new(other, disposeHandler: true);
                    return new LegacyApiClient(http, credentials) ?? new LegacyApiClient(new(handler), credentials);
                }
            }
        }
        """;

    [Fact]
    public Task Every_token_prefix_of_client_construction_analyzes_without_an_analyzer_exception() =>
        AnalyzeEveryPrefixAsync(ClientSource, new Agora.Analyzers.Security.AutoRedirectAnalyzer(), new ApiDeclarationAnalyzer());

    [Fact]
    public Task Every_token_prefix_of_a_declaration_analyzes_without_an_analyzer_exception() =>
        AnalyzeEveryPrefixAsync(Source, new ApiDeclarationAnalyzer(), new Agora.Analyzers.Security.BaseAddressAnalyzer(), new Agora.Analyzers.Security.ClientSideCredentialAnalyzer());

    [Fact]
    public Task Every_token_prefix_of_secret_handling_code_analyzes_without_an_analyzer_exception() =>
        AnalyzeEveryPrefixAsync(SecretSource, new Agora.Analyzers.Security.HardCodedSecretAnalyzer(), new Agora.Analyzers.Security.SecretOutputAnalyzer(), new Agora.Analyzers.Security.ClientSideCredentialAnalyzer());

    private static async Task AnalyzeEveryPrefixAsync(string source, params DiagnosticAnalyzer[] analyzers)
    {
        SyntaxToken[] tokens = CSharpSyntaxTree.ParseText(source).GetRoot().DescendantTokens().ToArray();
        var failures = new List<string>();
        int reported = 0;
        for (int count = 0; count <= tokens.Length; count++)
        {
            string prefix = count == tokens.Length ? source : source[..tokens[count].SpanStart];
            CSharpCompilation compilation = CSharpCompilation.Create(
                "Consumer",
                new[] { CSharpSyntaxTree.ParseText(prefix) },
                References,
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
            var options = new CompilationWithAnalyzersOptions(
                new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty),
                onAnalyzerException: (exception, _, _) => failures.Add($"prefix of {count} tokens: {exception}"),
                concurrentAnalysis: false,
                logAnalyzerExecutionTime: false);

            ImmutableArray<Diagnostic> diagnostics = await compilation
                .WithAnalyzers(ImmutableArray.Create(analyzers), options)
                .GetAnalyzerDiagnosticsAsync();
            reported += diagnostics.Length;
            failures.AddRange(diagnostics.Where(d => d.Id == "AD0001").Select(d => d.ToString()));
        }

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures.Take(3)));
        Assert.True(reported > tokens.Length, $"only {reported} diagnostics over {tokens.Length} prefixes; the analyzer barely ran");
    }
}
