using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Agora.Rest.Benchmarks;
using Agora.Rest.Benchmarks.AnalyzerCost;
using Agora.Rest.Benchmarks.UnrelatedScan;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Diagnostics.Telemetry;

namespace Agora.Analyzers.Cost;

/// <summary>
/// What the package's analyzers cost per document in the editor: when a document is opened or edited, the IDE
/// analyzes that document only (its semantic and syntax diagnostics, the compilation already built), not the whole
/// solution. On a 1,000-file synthetic project, each round takes a fresh compilation (nothing cached from the round
/// before, as after an edit), binds each sampled document with the compiler first (the IDE computes the compiler's
/// diagnostics anyway), then times the analyzers on that document alone; the same with one analyzer that does
/// nothing shows the analyzer driver's own floor. The first document of a compilation is reported apart: it pays for
/// what the analyzers set up once per compilation. Run: dotnet run -c Release --project tests/Agora.Rest.Benchmarks -- editor-cost
/// </summary>
internal static class EditorCostHarness
{
    // The same documents every run of the harness.
    private const int SampleSeed = 20261128;

    public static async Task RunAsync(int files, int samples, int rounds)
    {
        ImmutableArray<DiagnosticAnalyzer> ours = PackageAnalyzers.All();
        ImmutableArray<DiagnosticAnalyzer> empty = ImmutableArray.Create<DiagnosticAnalyzer>(new EmptyOperationAnalyzer());

        CSharpCompilation project = SyntheticProject.Create(files);
        ImmutableArray<Diagnostic> errors = project.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToImmutableArray();
        if (!errors.IsEmpty)
        {
            throw new InvalidOperationException("The synthetic project does not compile: " + errors[0]);
        }

        SyntaxTree[] sample = Shuffled(project.SyntaxTrees, SampleSeed).Take(samples).ToArray();
        if (sample.Length < 2)
        {
            throw new ArgumentException("At least two documents are needed: the first of a compilation is reported apart.", nameof(samples));
        }

        // Warm-up, discarded: JIT and first-use costs of a full analysis and of the per-document path.
        var failures = new ConcurrentQueue<string>();
        AnalysisResult full = await project.Clone().WithAnalyzers(ours, Options(failures)).GetAnalysisResultAsync(CancellationToken.None).ConfigureAwait(false);
        CheckClean(full.GetAllDiagnostics(), failures, "the warm-up's full analysis");
        var warmOurs = new DocumentRun(project.Clone(), ours);
        var warmEmpty = new DocumentRun(project.Clone(), empty);
        foreach (SyntaxTree tree in sample.Take(3))
        {
            await warmOurs.AnalyzeAsync(tree).ConfigureAwait(false);
            await warmEmpty.AnalyzeAsync(tree).ConfigureAwait(false);
        }

        var following = new Times();
        var first = new Times();
        var sharedIds = new List<double>();
        var slowest = new Dictionary<string, List<double>>();
        var firstDocuments = new List<string>();
        var perAnalyzerFollowing = ours.ToDictionary(a => a.GetType().Name, _ => new List<double>());
        var perAnalyzerFirst = ours.ToDictionary(a => a.GetType().Name, _ => new List<double>());
        for (int round = 0; round < rounds; round++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();

            // Fresh compilations: nothing bound or cached by the analyzers in one round is reused by the next.
            var withOurs = new DocumentRun(project.Clone(), ours);
            var withEmpty = new DocumentRun(project.Clone(), empty);
            bool emptyFirst = round % 2 == 1;
            var roundAnalyzerTimes = ours.ToDictionary(a => a.GetType().Name, _ => 0.0);
            for (int k = 0; k < sample.Length; k++)
            {
                // The same documents each round, starting one further on, so the first of a compilation varies.
                SyntaxTree tree = sample[(k + round) % sample.Length];
                Measurement ourTimes;
                Measurement emptyTimes;
                if (emptyFirst)
                {
                    emptyTimes = await withEmpty.AnalyzeAsync(tree).ConfigureAwait(false);
                    ourTimes = await withOurs.AnalyzeAsync(tree).ConfigureAwait(false);
                }
                else
                {
                    ourTimes = await withOurs.AnalyzeAsync(tree).ConfigureAwait(false);
                    emptyTimes = await withEmpty.AnalyzeAsync(tree).ConfigureAwait(false);
                }

                Times times = k == 0 ? first : following;
                times.Ours.Add(ourTimes.Analyzers);
                times.Empty.Add(emptyTimes.Analyzers);
                times.Compiler.Add(ourTimes.Compiler);
                times.Compiler.Add(emptyTimes.Compiler);
                if (k == 0)
                {
                    firstDocuments.Add(System.IO.Path.GetFileName(tree.FilePath));
                    foreach ((string name, double ms) in ourTimes.PerAnalyzer)
                    {
                        perAnalyzerFirst[name].Add(ms);
                    }
                }
                else
                {
                    string document = System.IO.Path.GetFileName(tree.FilePath);
                    if (!slowest.TryGetValue(document, out List<double>? documentTimes))
                    {
                        slowest[document] = documentTimes = new List<double>();
                    }

                    documentTimes.Add(ourTimes.Analyzers);
                    if (DeclaresSharedIds(tree))
                    {
                        sharedIds.Add(ourTimes.Analyzers);
                    }

                    foreach ((string name, double ms) in ourTimes.PerAnalyzer)
                    {
                        roundAnalyzerTimes[name] += ms;
                    }
                }
            }

            foreach ((string name, double sum) in roundAnalyzerTimes)
            {
                perAnalyzerFollowing[name].Add(sum / (sample.Length - 1));
            }
        }

        int declaring = sample.Count(DeclaresSharedIds);
        Console.WriteLine($"Editor cost: synthetic project of {files} files ({project.SyntaxTrees.Length} documents); {sample.Length} sampled documents "
            + $"({declaring} declare shared ids that the secret analyzer follows), {rounds} rounds, each on fresh compilations after a warm-up; "
            + $"{ours.Length} analyzers: {string.Join(", ", ours.Select(a => a.GetType().Name))}.");
        Console.WriteLine("Per document: semantic + syntax analyzer diagnostics of one document, its compiler binding done first (not counted).");
        Console.WriteLine();
        Console.WriteLine("| Per document | Median | p90 | Max | Documents |");
        Console.WriteLine("|---|---:|---:|---:|---:|");
        Row("Our analyzers", following.Ours);
        Row("Our analyzers, documents declaring shared ids", sharedIds);
        Row("Empty operation analyzer (driver floor)", following.Empty);
        Row("Compiler's own diagnostics (context)", following.Compiler);
        Row("Our analyzers, first document of a compilation", first.Ours);
        Row("Empty operation analyzer, first document", first.Empty);
        Row("Compiler's own diagnostics, first document", first.Compiler);
        Console.WriteLine();
        Console.WriteLine("| Analyzer (callbacks, Roslyn's telemetry) | Mean per document (median of rounds) | First document (median) |");
        Console.WriteLine("|---|---:|---:|");
        double followingSum = 0;
        double firstSum = 0;
        foreach (DiagnosticAnalyzer analyzer in ours)
        {
            string name = analyzer.GetType().Name;
            followingSum += Statistics.Median(perAnalyzerFollowing[name]);
            firstSum += Statistics.Median(perAnalyzerFirst[name]);
            Console.WriteLine($"| {name} | {Statistics.Median(perAnalyzerFollowing[name]):0.000} ms | {Statistics.Median(perAnalyzerFirst[name]):0.00} ms |");
        }

        Console.WriteLine($"| All (sum of the medians) | {followingSum:0.000} ms | {firstSum:0.00} ms |");
        Console.WriteLine();
        Console.WriteLine("Slowest documents for our analyzers (median over rounds): "
            + string.Join(", ", slowest.OrderByDescending(p => Statistics.Median(p.Value)).Take(5).Select(p => $"{p.Key} {Statistics.Median(p.Value):0} ms")) + ".");
        Console.WriteLine($"First documents: {string.Join(", ", firstDocuments)}.");
        Console.WriteLine($"Command: dotnet run -c Release --project tests/Agora.Rest.Benchmarks -- editor-cost {files} {samples} {rounds}");
    }

    private static CompilationWithAnalyzersOptions Options(ConcurrentQueue<string> failures) =>
        new(
            new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty),
            onAnalyzerException: (exception, analyzer, _) => failures.Enqueue($"{analyzer.GetType().Name}: {exception}"),
            concurrentAnalysis: false,
            logAnalyzerExecutionTime: true);

    // The synthetic project is clean: any finding, or an analyzer that threw, is a bug to look at, not a cost.
    private static void CheckClean(IEnumerable<Diagnostic> diagnostics, ConcurrentQueue<string> failures, string where)
    {
        Diagnostic? reported = diagnostics.FirstOrDefault(d => d.Id.StartsWith("AGR", StringComparison.Ordinal) || d.Id == "AD0001");
        if (reported is not null)
        {
            throw new InvalidOperationException($"The analyzers reported a diagnostic on a clean project ({where}): {reported}");
        }

        if (failures.TryPeek(out string? failure))
        {
            throw new InvalidOperationException($"An analyzer threw ({where}): {failure}");
        }
    }

    private static bool DeclaresSharedIds(SyntaxTree tree)
    {
        string name = System.IO.Path.GetFileNameWithoutExtension(tree.FilePath);
        return name.StartsWith("Feature", StringComparison.Ordinal)
            && SyntheticProject.DeclaresSharedIds(int.Parse(name.AsSpan("Feature".Length), CultureInfo.InvariantCulture));
    }

    private static SyntaxTree[] Shuffled(IEnumerable<SyntaxTree> trees, int seed)
    {
        SyntaxTree[] array = trees.ToArray();
        new Random(seed).Shuffle(array);
        return array;
    }

    private static void Row(string what, List<double> values) =>
        Console.WriteLine(values.Count == 0
            ? $"| {what} | — | — | — | 0 |"
            : $"| {what} | {Statistics.Median(values):0.00} ms | {Statistics.Percentile(values.ToArray(), 0.9):0.00} ms | {values.Max():0.00} ms | {values.Count} |");

    /// <summary>Per-document times of a set of documents, in milliseconds.</summary>
    private sealed class Times
    {
        public List<double> Ours { get; } = new();

        public List<double> Empty { get; } = new();

        public List<double> Compiler { get; } = new();
    }

    /// <summary>One document's times: the compiler's diagnostics, the analyzers' wall clock, each analyzer's callbacks.</summary>
    private sealed record Measurement(double Compiler, double Analyzers, IReadOnlyList<(string Name, double Ms)> PerAnalyzer);

    /// <summary>
    /// One compilation with a set of analyzers, analysed a document at a time as the IDE does: the compiler's
    /// diagnostics of the document first, on the compilation the analyzers run on, then the analyzers for that document.
    /// </summary>
    private sealed class DocumentRun
    {
        private readonly CompilationWithAnalyzers _analysis;
        private readonly ImmutableArray<DiagnosticAnalyzer> _analyzers;
        private readonly ConcurrentQueue<string> _failures = new();
        private readonly Dictionary<DiagnosticAnalyzer, TimeSpan> _executionTime = new();

        public DocumentRun(Compilation compilation, ImmutableArray<DiagnosticAnalyzer> analyzers)
        {
            _analyzers = analyzers;
            _analysis = compilation.WithAnalyzers(analyzers, Options(_failures));
            foreach (DiagnosticAnalyzer analyzer in analyzers)
            {
                _executionTime[analyzer] = TimeSpan.Zero;
            }
        }

        public async Task<Measurement> AnalyzeAsync(SyntaxTree tree)
        {
            // The compilation the analyzers run on (the driver's own, with its event queue): binding it here is the
            // binding the analyzers then use, as the IDE's compiler diagnostics share it with the analyzers.
            SemanticModel model = _analysis.Compilation.GetSemanticModel(tree);
            var stopwatch = Stopwatch.StartNew();
            ImmutableArray<Diagnostic> compiler = model.GetDiagnostics();
            double compilerMs = stopwatch.Elapsed.TotalMilliseconds;
            if (compiler.FirstOrDefault(d => d.Severity == DiagnosticSeverity.Error) is { } error)
            {
                throw new InvalidOperationException("The synthetic project does not compile: " + error);
            }

            stopwatch.Restart();
            ImmutableArray<Diagnostic> semantic = await _analysis.GetAnalyzerSemanticDiagnosticsAsync(model, filterSpan: null, CancellationToken.None).ConfigureAwait(false);
            ImmutableArray<Diagnostic> syntax = await _analysis.GetAnalyzerSyntaxDiagnosticsAsync(tree, CancellationToken.None).ConfigureAwait(false);
            double analyzersMs = stopwatch.Elapsed.TotalMilliseconds;
            CheckClean(semantic.AddRange(syntax), _failures, System.IO.Path.GetFileName(tree.FilePath));

            // Roslyn's telemetry adds up over the compilation's analyses: this document's share is the difference.
            var perAnalyzer = new List<(string, double)>();
            foreach (DiagnosticAnalyzer analyzer in _analyzers)
            {
                AnalyzerTelemetryInfo telemetry = await _analysis.GetAnalyzerTelemetryInfoAsync(analyzer, CancellationToken.None).ConfigureAwait(false);
                perAnalyzer.Add((analyzer.GetType().Name, (telemetry.ExecutionTime - _executionTime[analyzer]).TotalMilliseconds));
                _executionTime[analyzer] = telemetry.ExecutionTime;
            }

            return new Measurement(compilerMs, analyzersMs, perAnalyzer);
        }
    }
}
