using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Linq;
using System.Threading.Tasks;
using Agora.Analyzers.Declarations;
using Agora.Analyzers.Security;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Agora.Analyzers.Cost;

/// <summary>
/// How much the package's analyzers add to compiling a 1,000-file project: the compiler's own work (binding
/// and diagnostics of every file) against each analyzer's execution time as Roslyn measures it, medians of
/// several runs in one process after a warm-up. Run: dotnet run -c Release --project tests/Agora.Rest.Benchmarks -- analyzer-cost
/// </summary>
internal static class AnalyzerCostHarness
{
    public static async Task RunAsync(int files, int runs)
    {
        DiagnosticAnalyzer[] analyzers =
        {
            new ApiDeclarationAnalyzer(), new BaseAddressAnalyzer(), new HardCodedSecretAnalyzer(), new ClientSideCredentialAnalyzer(),
            new ConfigurationFileAnalyzer(), new SecretOutputAnalyzer(),
        };

        var compileTimes = new List<double>();
        var withAnalyzerTimes = new List<double>();
        var emptyAnalyzerTimes = new List<double>();
        var analyzerTimes = analyzers.ToDictionary(a => a.GetType().Name, _ => new List<double>());
        for (int run = 0; run <= runs; run++)
        {
            // A fresh compilation each run, so nothing bound in one run is reused by the next.
            CSharpCompilation compilation = Agora.Rest.Benchmarks.AnalyzerCost.SyntheticProject.Create(files);
            var stopwatch = Stopwatch.StartNew();
            ImmutableArray<Diagnostic> errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToImmutableArray();
            double compile = stopwatch.Elapsed.TotalMilliseconds;
            if (!errors.IsEmpty)
            {
                throw new InvalidOperationException("The synthetic project does not compile: " + errors[0]);
            }

            var options = new CompilationWithAnalyzersOptions(new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), onAnalyzerException: null, concurrentAnalysis: false, logAnalyzerExecutionTime: true);
            var withAnalyzers = compilation.WithAnalyzers(ImmutableArray.Create(analyzers), options);
            AnalysisResult result = await withAnalyzers.GetAnalysisResultAsync(default).ConfigureAwait(false);
            int reported = result.GetAllDiagnostics().Count(d => d.Id.StartsWith("AGR", StringComparison.Ordinal));
            if (reported != 0 || result.GetAllDiagnostics().Any(d => d.Id == "AD0001"))
            {
                throw new InvalidOperationException($"The analyzers reported {reported} diagnostics on a clean project: {result.GetAllDiagnostics().First()}");
            }

            // Wall clock of the compiler's diagnostics plus every analyzer on a fresh compilation: what a build
            // pays, minus emit and MSBuild, so the added share below is an upper bound of a real build's.
            CSharpCompilation fresh = Agora.Rest.Benchmarks.AnalyzerCost.SyntheticProject.Create(files);
            var total = Stopwatch.StartNew();
            ImmutableArray<Diagnostic> all = await fresh
                .WithAnalyzers(ImmutableArray.Create(analyzers), new CompilationWithAnalyzersOptions(new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), null, concurrentAnalysis: false, logAnalyzerExecutionTime: false))
                .GetAllDiagnosticsAsync().ConfigureAwait(false);
            double combined = total.Elapsed.TotalMilliseconds;

            CSharpCompilation another = Agora.Rest.Benchmarks.AnalyzerCost.SyntheticProject.Create(files);
            var empty = Stopwatch.StartNew();
            await another
                .WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new EmptyOperationAnalyzer()), new CompilationWithAnalyzersOptions(new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), null, concurrentAnalysis: false, logAnalyzerExecutionTime: false))
                .GetAllDiagnosticsAsync().ConfigureAwait(false);
            double emptyCombined = empty.Elapsed.TotalMilliseconds;

            if (run == 0)
            {
                continue; // warm-up: JIT and first-use costs
            }

            compileTimes.Add(compile);
            withAnalyzerTimes.Add(combined);
            emptyAnalyzerTimes.Add(emptyCombined);
            foreach (DiagnosticAnalyzer analyzer in analyzers)
            {
                analyzerTimes[analyzer.GetType().Name].Add(result.AnalyzerTelemetryInfo[analyzer].ExecutionTime.TotalMilliseconds);
            }
        }

        double compileMedian = Median(compileTimes);
        Console.WriteLine($"Synthetic project: {files} files, {files * 10} API methods; median of {runs} runs after a warm-up.");
        Console.WriteLine($"| What | Median | Share of compile |");
        Console.WriteLine($"|---|---:|---:|");
        Console.WriteLine($"| Compiler (bind + diagnostics, all files) | {compileMedian:0} ms | 100% |");
        double sum = 0;
        foreach ((string name, List<double> times) in analyzerTimes)
        {
            double median = Median(times);
            sum += median;
            Console.WriteLine($"| {name} | {median:0} ms | {100 * median / compileMedian:0.0}% |");
        }

        Console.WriteLine($"| All analyzers (sum of their callbacks) | {sum:0} ms | {100 * sum / compileMedian:0.0}% |");
        double combinedMedian = Median(withAnalyzerTimes);
        Console.WriteLine();
        double emptyMedian = Median(emptyAnalyzerTimes);
        Console.WriteLine($"Compiler diagnostics alone: {compileMedian:0} ms; with all analyzers: {combinedMedian:0} ms (added {100 * (combinedMedian - compileMedian) / compileMedian:0.0}%); "
            + $"with one empty operation analyzer: {emptyMedian:0} ms (added {100 * (emptyMedian - compileMedian) / compileMedian:0.0}%).");
    }

    private static double Median(List<double> values)
    {
        values.Sort();
        return values.Count % 2 == 1 ? values[values.Count / 2] : (values[values.Count / 2 - 1] + values[values.Count / 2]) / 2;
    }
}
