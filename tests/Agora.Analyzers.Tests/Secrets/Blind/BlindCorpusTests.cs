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

    // The sealed set was scored once, blind, when the work it measures was done: file 22/0/2, line 24/0/2
    // (docs/rules/README.md). Read since, it is no longer blind; its floor, after the one fix its misses led to, only
    // keeps later changes from losing what it finds.
    private static readonly Counts SealedFileFloor = new(TruePositives: 23, FalsePositives: 0, FalseNegatives: 1);
    // The second sealed set, written after the first was scored, was scored once, blind: file 16/0/8, line 18/0/9.
    // Its floor is the figure after the fixes its misses led to.
    private static readonly Counts SecondSealedFileFloor = new(TruePositives: 24, FalsePositives: 0, FalseNegatives: 0);
    private static readonly Counts SecondSealedLineFloor = new(TruePositives: 27, FalsePositives: 0, FalseNegatives: 0);
    // The third sealed set, modelled only on public code found for it (no list of shapes), was scored once, blind:
    // file 23/1/1, line 29/2/2. Its floor is the figure after the fixes its misses led to; the one false positive left
    // is a token in a comment, which the rule reports on purpose (docs/rules/AGR0002.md) and the case's label does not.
    private static readonly Counts ThirdSealedFileFloor = new(TruePositives: 24, FalsePositives: 0, FalseNegatives: 0);
    private static readonly Counts ThirdSealedLineFloor = new(TruePositives: 31, FalsePositives: 1, FalseNegatives: 0);
    // The fourth sealed set, written the same way as the third from public code not used before, was scored once,
    // blind: file 24/0/1, line 24/0/2 (precision 1.000 at both grains). Fixed since: an Agora REST API secret named as
    // the guides name it, and a key nested in a section of a dictionary initializer (["agora"]["secret"]).
    private static readonly Counts FourthSealedFileFloor = new(TruePositives: 25, FalsePositives: 0, FalseNegatives: 0);
    private static readonly Counts FourthSealedLineFloor = new(TruePositives: 26, FalsePositives: 0, FalseNegatives: 0);
    // The fifth sealed set, written like the fourth from repositories no earlier set used, was scored once, blind:
    // file 24/1/0, line 24/3/1. Fixed since: a token under a certificate's comment is reported as a token; a named
    // certificate or customer secret must have Agora's 32-hex format; two counts woven together are filler.
    private static readonly Counts FifthSealedFileFloor = new(TruePositives: 24, FalsePositives: 0, FalseNegatives: 0);
    private static readonly Counts FifthSealedLineFloor = new(TruePositives: 25, FalsePositives: 0, FalseNegatives: 0);
    private static readonly Counts SealedLineFloor = new(TruePositives: 25, FalsePositives: 0, FalseNegatives: 1);

    private readonly ITestOutputHelper _output;

    public BlindCorpusTests(ITestOutputHelper output) => _output = output;

    [Fact]
    public void Every_case_parses_and_compiles_alone()
    {
        var broken = new List<string>();
        foreach (string set in new[] { BlindCorpus.Open, BlindCorpus.Sealed, BlindCorpus.SecondSealed, BlindCorpus.ThirdSealed, BlindCorpus.FourthSealed, BlindCorpus.FifthSealed })
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
    public Task The_open_set_keeps_its_recorded_figures() => ScoreAsync(BlindCorpus.Open, minimumCases: 80, FileFloor, LineFloor);

    [Fact]
    public Task The_sealed_set_keeps_the_figures_it_was_scored_at_once() => ScoreAsync(BlindCorpus.Sealed, minimumCases: 40, SealedFileFloor, SealedLineFloor);

    [Fact]
    public Task The_second_sealed_set_keeps_the_figures_it_was_scored_at_once() => ScoreAsync(BlindCorpus.SecondSealed, minimumCases: 40, SecondSealedFileFloor, SecondSealedLineFloor);

    [Fact]
    public Task The_third_sealed_set_keeps_the_figures_it_was_scored_at_once() => ScoreAsync(BlindCorpus.ThirdSealed, minimumCases: 40, ThirdSealedFileFloor, ThirdSealedLineFloor);

    [Fact]
    public Task The_fourth_sealed_set_keeps_the_figures_it_was_scored_at_once() => ScoreAsync(BlindCorpus.FourthSealed, minimumCases: 40, FourthSealedFileFloor, FourthSealedLineFloor);

    [Fact]
    public Task The_fifth_sealed_set_keeps_the_figures_it_was_scored_at_once() => ScoreAsync(BlindCorpus.FifthSealed, minimumCases: 40, FifthSealedFileFloor, FifthSealedLineFloor);

    private async Task ScoreAsync(string set, int minimumCases, Counts fileFloor, Counts lineFloor)
    {
        IReadOnlyList<BlindCase> cases = BlindCorpus.Load(set);
        Assert.True(cases.Count >= minimumCases, $"The {set} set has {cases.Count} cases; it was made with at least {minimumCases}.");

        var results = new List<(BlindCase, ImmutableArray<Diagnostic>)>();
        foreach (BlindCase @case in cases)
        {
            results.Add((@case, await AnalyzeAsync(@case)));
        }

        BlindScore score = BlindScore.Of(results);
        _output.WriteLine($"{set} set, {cases.Count} cases ({cases.Count(c => c.IsPositive)} positive)");
        _output.WriteLine($"file level: {score.Files}");
        _output.WriteLine($"line level: {score.Lines}");
        foreach (string miss in score.Misses)
        {
            _output.WriteLine(miss);
        }

        string report = $"file {score.Files}; line {score.Lines}";
        Assert.True(score.Files.Precision >= fileFloor.Precision && score.Files.Recall >= fileFloor.Recall, "File level fell: " + report);
        Assert.True(score.Lines.Precision >= lineFloor.Precision && score.Lines.Recall >= lineFloor.Recall, "Line level fell: " + report);
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
