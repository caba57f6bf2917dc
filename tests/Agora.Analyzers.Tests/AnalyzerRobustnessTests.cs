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

/// <summary>Half-typed code: the analyzers run over every token prefix of a declaration and never throw.</summary>
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

    [Fact]
    public async Task Every_token_prefix_analyzes_without_an_analyzer_exception()
    {
        SyntaxToken[] tokens = CSharpSyntaxTree.ParseText(Source).GetRoot().DescendantTokens().ToArray();
        var failures = new List<string>();
        int reported = 0;
        for (int count = 0; count <= tokens.Length; count++)
        {
            string prefix = count == tokens.Length ? Source : Source[..tokens[count].SpanStart];
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
                .WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new ApiDeclarationAnalyzer()), options)
                .GetAnalyzerDiagnosticsAsync();
            reported += diagnostics.Length;
            failures.AddRange(diagnostics.Where(d => d.Id == "AD0001").Select(d => d.ToString()));
        }

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures.Take(3)));
        Assert.True(reported > tokens.Length, $"only {reported} diagnostics over {tokens.Length} prefixes; the analyzer barely ran");
    }
}
