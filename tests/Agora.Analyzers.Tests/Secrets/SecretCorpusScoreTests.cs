using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using Agora.Analyzers.Security;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit.Abstractions;

namespace Agora.Analyzers.Tests.Secrets;

/// <summary>
/// Precision and recall of AGR0001 and AGR0002 over the labelled corpus (fresh random secrets each run).
/// Each case says how many diagnostics of each rule it should get; extra ones are false positives, missing
/// ones false negatives. The figures are published in docs/rules/README.md.
/// </summary>
public sealed class SecretCorpusScoreTests
{
    private const double Required = 0.95;

    private readonly ITestOutputHelper _output;

    public SecretCorpusScoreTests(ITestOutputHelper output) => _output = output;

    [Fact]
    public async Task Precision_and_recall_are_at_least_095_for_each_rule()
    {
        IReadOnlyList<CorpusCase> cases = SecretCorpus.Load();
        ImmutableArray<Diagnostic> diagnostics = await AnalyzeAsync(cases);

        var scores = new List<string>();
        var misses = new List<string>();
        foreach (string rule in SecretCorpus.Rules)
        {
            int truePositives = 0, falsePositives = 0, falseNegatives = 0;
            foreach (CorpusCase @case in cases)
            {
                int expected = @case.Expected.Count(e => e == rule);
                int actual = diagnostics.Count(d => d.Id == rule && d.Location.SourceTree?.FilePath == @case.Id + ".cs");
                truePositives += Math.Min(expected, actual);
                falsePositives += Math.Max(0, actual - expected);
                falseNegatives += Math.Max(0, expected - actual);
                if (actual != expected)
                {
                    misses.Add($"{rule} {@case.Id}: expected {expected}, got {actual} ({@case.Why})");
                }
            }

            double precision = Ratio(truePositives, truePositives + falsePositives);
            double recall = Ratio(truePositives, truePositives + falseNegatives);
            scores.Add($"{rule}: TP {truePositives}, FP {falsePositives}, FN {falseNegatives}, precision {precision:0.000}, recall {recall:0.000}");
        }

        foreach (string line in scores.Concat(misses))
        {
            _output.WriteLine(line);
        }

        foreach (string line in scores)
        {
            double precision = double.Parse(line.Split("precision ")[1].Split(',')[0], System.Globalization.CultureInfo.InvariantCulture);
            double recall = double.Parse(line.Split("recall ")[1], System.Globalization.CultureInfo.InvariantCulture);
            Assert.True(precision >= Required && recall >= Required, string.Join(Environment.NewLine, scores.Concat(misses)));
        }
    }

    [Fact]
    public async Task No_diagnostic_ever_repeats_a_secret_value()
    {
        IReadOnlyList<CorpusCase> cases = SecretCorpus.Load();
        ImmutableArray<Diagnostic> diagnostics = await AnalyzeAsync(cases);
        Assert.NotEmpty(diagnostics);
        foreach (Diagnostic diagnostic in diagnostics)
        {
            string message = diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture);
            Assert.DoesNotMatch("[0-9a-f]{16}", message);
        }
    }

    private static double Ratio(int part, int whole) => whole == 0 ? 1 : (double)part / whole;

    private static async Task<ImmutableArray<Diagnostic>> AnalyzeAsync(IReadOnlyList<CorpusCase> cases)
    {
        CSharpCompilation compilation = SecretCorpus.Compile(cases);
        var failures = new List<string>();
        var options = new CompilationWithAnalyzersOptions(
            new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty),
            onAnalyzerException: (exception, analyzer, _) => failures.Add($"{analyzer}: {exception}"),
            concurrentAnalysis: true,
            logAnalyzerExecutionTime: false);
        ImmutableArray<Diagnostic> diagnostics = await compilation
            .WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new HardCodedSecretAnalyzer()), options)
            .GetAnalyzerDiagnosticsAsync();
        Assert.Empty(failures);
        return diagnostics;
    }
}
