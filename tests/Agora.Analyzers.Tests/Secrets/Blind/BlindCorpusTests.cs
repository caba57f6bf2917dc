using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using Agora.Analyzers.Security;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit.Abstractions;

namespace Agora.Analyzers.Tests.Secrets.Blind;

/// <summary>
/// The blind corpus (Secrets/Blind/README.md): every case is well formed and compiles, and the open set's figures do
/// not fall below the ones recorded in docs/rules/README.md. The sealed set is scored once, at the end of the work
/// it measures, and is not run here.
/// </summary>
public sealed class BlindCorpusTests
{
    // The open set's figures as last recorded in docs/rules/README.md; a change may raise them, never lower them.
    private static readonly Counts FileFloor = new(TruePositives: 64, FalsePositives: 0, FalseNegatives: 0);
    private static readonly Counts LineFloor = new(TruePositives: 70, FalsePositives: 0, FalseNegatives: 0);

    private readonly ITestOutputHelper _output;

    public BlindCorpusTests(ITestOutputHelper output) => _output = output;

    [Fact]
    public void Every_case_parses_and_compiles_alone()
    {
        var broken = new List<string>();
        foreach (string set in new[] { BlindCorpus.Open, BlindCorpus.Sealed, BlindCorpus.SecondSealed })
        {
            foreach (BlindCase @case in BlindCorpus.Load(set))
            {
                // Only the error codes: a sealed case's text stays unread.
                string[] errors = BlindCorpus.Compile(@case).GetDiagnostics()
                    .Where(d => d.Severity == DiagnosticSeverity.Error)
                    .Select(d => d.Id)
                    .ToArray();
                if (errors.Length > 0)
                {
                    broken.Add($"{set}/{@case.Id}: {string.Join(", ", errors)}");
                }
            }
        }

        Assert.True(broken.Count == 0, "Blind cases that do not compile:\n" + string.Join("\n", broken));
    }

    [Fact]
    public async Task The_open_set_keeps_its_recorded_figures()
    {
        IReadOnlyList<BlindCase> cases = BlindCorpus.Load(BlindCorpus.Open);
        Assert.True(cases.Count >= 80, $"The open set has {cases.Count} cases; it was made with at least 80.");

        var results = new List<(BlindCase, ImmutableArray<Diagnostic>)>();
        foreach (BlindCase @case in cases)
        {
            results.Add((@case, await AnalyzeAsync(@case)));
        }

        BlindScore score = BlindScore.Of(results);
        _output.WriteLine($"open set, {cases.Count} cases ({cases.Count(c => c.IsPositive)} positive)");
        _output.WriteLine($"file level: {score.Files}");
        _output.WriteLine($"line level: {score.Lines}");
        foreach (string miss in score.Misses)
        {
            _output.WriteLine(miss);
        }

        string report = $"file {score.Files}; line {score.Lines}";
        Assert.True(score.Files.Precision >= FileFloor.Precision && score.Files.Recall >= FileFloor.Recall, "File level fell: " + report);
        Assert.True(score.Lines.Precision >= LineFloor.Precision && score.Lines.Recall >= LineFloor.Recall, "Line level fell: " + report);
    }

    private static async Task<ImmutableArray<Diagnostic>> AnalyzeAsync(BlindCase @case)
    {
        // Filled from the analyzer driver's threads (concurrent analysis).
        var failures = new System.Collections.Concurrent.ConcurrentQueue<string>();
        var options = new CompilationWithAnalyzersOptions(
            new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty),
            onAnalyzerException: (exception, analyzer, _) => failures.Enqueue($"{analyzer}: {exception}"),
            concurrentAnalysis: true,
            logAnalyzerExecutionTime: false);
        ImmutableArray<Diagnostic> diagnostics = await BlindCorpus.Compile(@case)
            .WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new HardCodedSecretAnalyzer()), options)
            .GetAnalyzerDiagnosticsAsync();
        Assert.True(failures.IsEmpty, $"{@case.Id}: " + string.Join("\n", failures));
        return diagnostics.Where(d => SecretCorpus.Rules.Contains(d.Id)).ToImmutableArray();
    }
}
