using System;
using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using Agora.Analyzers.Declarations;
using Agora.Generators.Model;
using Agora.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Agora.Generators.Tests;

/// <summary>
/// The generator and the analyzer run one declaration checker: every error the analyzer reports is, word for word, the
/// reason a generated member gives for throwing, inherited and static abstract members included; and a failure of the
/// generator's own is reported rather than leaving a client silently missing.
/// </summary>
public sealed class OneCheckerTests
{
    private const string Declaration = """
        using System.Threading.Tasks;
        using Agora.Rest;

        public interface IPaging
        {
            Task<string> NextPageAsync(string cursor);

            string Cursor { get; }
        }

        [AgoraApi, BasicAuth]
        public partial interface IApi : IPaging
        {
            Task<string> NoVerbAsync();

            [Get("/items")]
            Task<string> UnboundAsync(string nothing);

            [Get("/items/{id}")]
            Task<T> GenericAsync<T>(string id);

            [Get("/items"), NoAuth, BasicAuth]
            Task<string> TwoSchemesAsync();

            [Get("/items")]
            int NotAsync();

            static abstract Task<string> PingAsync();

            event System.EventHandler Changed;

            [Get("/fine")]
            Task<string> FineAsync();
        }
        """;

    [Fact]
    public async Task Every_error_the_analyzer_reports_is_the_reason_a_generated_member_gives()
    {
        Compilation input = TestCompilation.Create(Declaration);
        (GeneratorDriver driver, _, ImmutableArray<Diagnostic> generatorDiagnostics) = TestCompilation.Run(input);
        string client = driver.GetRunResult().Results.Single().GeneratedSources.Single(s => s.HintName == "IApi.g.cs").SourceText.ToString();

        ImmutableArray<Diagnostic> reported = await input
            .WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new ApiDeclarationAnalyzer()))
            .GetAnalyzerDiagnosticsAsync();
        Diagnostic[] errors = reported.Where(d => d.Severity == DiagnosticSeverity.Error).ToArray();

        Assert.Empty(generatorDiagnostics);
        Assert.Equal(
            new[] { "AGR1003", "AGR1004", "AGR1004", "AGR1009", "AGR1009", "AGR1010", "AGR1011", "AGR1016", "AGR1020" },
            errors.Select(d => d.Id).OrderBy(id => id, StringComparer.Ordinal).ToArray());
        foreach (Diagnostic error in errors)
        {
            Assert.Contains(error.GetMessage(System.Globalization.CultureInfo.InvariantCulture), client, StringComparison.Ordinal);
        }

        // The one method without a problem is implemented, not stubbed.
        Assert.DoesNotContain("IApi.FineAsync cannot be generated", client, StringComparison.Ordinal);
    }

    [Fact]
    public void A_failure_of_the_generator_s_own_becomes_AGR9001_naming_the_interface()
    {
        ParseOutcome outcome = ParseOutcome.Of("Contoso.IApi", () => throw new InvalidCastException("cannot cast\nhere"));

        Assert.Null(outcome.Spec);
        Diagnostic warning = AgoraClientGenerator.Describe(outcome.Failure!);
        Assert.Equal(("AGR9001", DiagnosticSeverity.Warning), (warning.Id, warning.Severity));
        Assert.Equal(
            "Agora.Generators could not generate a client for 'Contoso.IApi' (InvalidCastException: cannot cast here); please report this with the interface's declaration",
            warning.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Throws<OperationCanceledException>(() => ParseOutcome.Of("Contoso.IApi", () => throw new OperationCanceledException()));
    }
}
