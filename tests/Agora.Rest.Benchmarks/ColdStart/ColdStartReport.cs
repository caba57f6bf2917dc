using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace Agora.Rest.Benchmarks.ColdStart;

/// <summary>
/// Median and range of each variant's samples as Markdown tables: the times, with ratios to the baseline's
/// medians; the same split into creating the client and making the call; then what the JIT compiled and the types the
/// runtime loaded, which is where most of a cold call's time goes.
/// </summary>
internal static class ColdStartReport
{
    /// <param name="variants">The variants, in the order of the rows.</param>
    /// <param name="baseline">The variant the ratios divide by.</param>
    /// <param name="samples">The timed runs of each variant.</param>
    /// <param name="typeSamples">The runs of each variant that counted type loads (their times are not used).</param>
    public static string ToMarkdown(
        IReadOnlyList<string> variants, string baseline, IReadOnlyDictionary<string, List<ColdStartSample>> samples, IReadOnlyDictionary<string, List<ColdStartSample>> typeSamples)
    {
        double baseProcess = Median(samples[baseline], s => s.ProcessMs);
        double baseInProcess = Median(samples[baseline], s => s.InProcessMs);
        double baseCpu = Median(samples[baseline], s => s.CpuMs);
        double baseJitMethods = Median(samples[baseline], s => s.JitMethods);
        double baseJitMs = Median(samples[baseline], s => s.JitMs);

        var report = new StringBuilder();
        report.AppendLine(
            $"| Variant | Runs | Process median (ms) | Process min–max (ms) | Process vs {baseline} | In-process median (ms) | In-process min–max (ms) | In-process vs {baseline} | In-process CPU median (ms) | CPU vs {baseline} |");
        report.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (string variant in variants)
        {
            List<ColdStartSample> runs = samples[variant];
            double process = Median(runs, s => s.ProcessMs);
            double inProcess = Median(runs, s => s.InProcessMs);
            double cpu = Median(runs, s => s.CpuMs);
            report.AppendLine(Invariant(
                $"| {variant} | {runs.Count} | {process:F1} | {runs.Min(s => s.ProcessMs):F1}–{runs.Max(s => s.ProcessMs):F1} | {process / baseProcess:F2} | {inProcess:F1} | {runs.Min(s => s.InProcessMs):F1}–{runs.Max(s => s.InProcessMs):F1} | {inProcess / baseInProcess:F2} | {cpu:F1} | {cpu / baseCpu:F2} |"));
        }

        report.AppendLine();
        report.AppendLine("Process: wall time from Process.Start to exit, seen by the harness (runtime start, JIT, connect, call, shutdown).");
        report.AppendLine("In-process: from the first line of Main to the end of the call, measured by the app itself; CPU: the process's CPU time over the same span, all threads (background JIT included), which other work on the machine disturbs far less than wall time.");
        report.AppendLine();
        report.AppendLine(RoundRatioTable(variants, baseline, samples));
        report.AppendLine(PhaseTable(variants, baseline, samples));
        report.AppendLine($"| Variant | JIT-compiled methods, median | vs {baseline} | JIT time median (ms) | vs {baseline} (ms) |");
        report.AppendLine("|---|---:|---:|---:|---:|");
        foreach (string variant in variants)
        {
            double jitMethods = Median(samples[variant], s => s.JitMethods);
            double jitMs = Median(samples[variant], s => s.JitMs);
            report.AppendLine(Invariant($"| {variant} | {jitMethods:F0} | {jitMethods - baseJitMethods:+0;-0;0} | {jitMs:F1} | {jitMs - baseJitMs:+0.0;-0.0;0.0} |"));
        }

        report.AppendLine();
        report.AppendLine("JIT: System.Runtime.JitInfo for the whole process at the end of the call (methods without ReadyToRun code, generic instantiations, stubs; background tier-1 compiles included).");
        report.AppendLine();
        report.AppendLine(TypeTable(variants, baseline, typeSamples));
        return report.ToString();
    }

    // The ratio to the baseline taken in each round (the variants of a round run one after another, under the same load)
    // and summarised over rounds, as the interleaved harnesses do: a slow stretch of a shared machine falls on one round's
    // variants alike, where a ratio of medians over the whole run can catch it on one variant only.
    private static string RoundRatioTable(IReadOnlyList<string> variants, string baseline, IReadOnlyDictionary<string, List<ColdStartSample>> samples)
    {
        var table = new StringBuilder();
        table.AppendLine($"| Variant | In-process vs {baseline}, per-round median (p25–p75) | CPU vs {baseline}, per-round median (p25–p75) | Client creation vs {baseline} (wall) | (CPU) |");
        table.AppendLine("|---|---:|---:|---:|---:|");
        foreach (string variant in variants)
        {
            table.AppendLine(Invariant(
                $"| {variant} | {RoundRatios(samples, variant, baseline, s => s.InProcessMs)} | {RoundRatios(samples, variant, baseline, s => s.CpuMs)} | {RoundRatios(samples, variant, baseline, s => s.CreatedMs)} | {RoundRatios(samples, variant, baseline, s => s.CreatedCpuMs)} |"));
        }

        return table.ToString();
    }

    // Samples are in round order, one per round per variant.
    private static string RoundRatios(IReadOnlyDictionary<string, List<ColdStartSample>> samples, string variant, string baseline, Func<ColdStartSample, double> figure)
    {
        double[] ratios = samples[variant].Zip(samples[baseline], (sample, basis) => figure(sample) / figure(basis)).ToArray();
        return Invariant($"{Statistics.Percentile(ratios, 0.5):F3} ({Statistics.Percentile(ratios, 0.25):F3}–{Statistics.Percentile(ratios, 0.75):F3})");
    }

    // Creating the client and making the call, apart: the times and what the JIT compiled in each.
    private static string PhaseTable(IReadOnlyList<string> variants, string baseline, IReadOnlyDictionary<string, List<ColdStartSample>> samples)
    {
        List<ColdStartSample> basis = samples[baseline];
        double baseCreated = Median(basis, s => s.CreatedMs);
        double baseFirstCall = Median(basis, s => s.FirstCallMs);
        double baseCreatedCpu = Median(basis, s => s.CreatedCpuMs);
        double baseFirstCallCpu = Median(basis, s => s.FirstCallCpuMs);
        var table = new StringBuilder();
        table.AppendLine(
            $"| Variant | Client creation median (ms) | vs {baseline} | CPU (ms) | vs {baseline} | First call median (ms) | vs {baseline} | CPU (ms) | vs {baseline} | JIT-compiled methods by creation's end | in the first call |");
        table.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (string variant in variants)
        {
            List<ColdStartSample> runs = samples[variant];
            double created = Median(runs, s => s.CreatedMs);
            double firstCall = Median(runs, s => s.FirstCallMs);
            double createdCpu = Median(runs, s => s.CreatedCpuMs);
            double firstCallCpu = Median(runs, s => s.FirstCallCpuMs);
            table.AppendLine(Invariant(
                $"| {variant} | {created:F1} | {created / baseCreated:F2} | {createdCpu:F1} | {createdCpu / baseCreatedCpu:F2} | {firstCall:F1} | {firstCall / baseFirstCall:F2} | {firstCallCpu:F1} | {firstCallCpu / baseFirstCallCpu:F2} | {Median(runs, s => s.CreatedJitMethods):F0} | {Median(runs, s => s.JitMethods - s.CreatedJitMethods):F0} |"));
        }

        table.AppendLine();
        table.AppendLine("Client creation: from the start of the variant until its client exists (HttpClient, credentials, options, client). First call: from then to the end of the call.");
        return table.ToString();
    }

    private static string TypeTable(IReadOnlyList<string> variants, string baseline, IReadOnlyDictionary<string, List<ColdStartSample>> typeSamples)
    {
        double baseTotal = Median(typeSamples[baseline], s => s.CreatedTypes + s.FirstCallTypes);
        var table = new StringBuilder();
        table.AppendLine($"| Variant | Runs | Types loaded: client creation | first call | total | vs {baseline} |");
        table.AppendLine("|---|---:|---:|---:|---:|---:|");
        foreach (string variant in variants)
        {
            List<ColdStartSample> runs = typeSamples[variant];
            double total = Median(runs, s => s.CreatedTypes + s.FirstCallTypes);
            table.AppendLine(Invariant(
                $"| {variant} | {runs.Count} | {Median(runs, s => s.CreatedTypes):F0} | {Median(runs, s => s.FirstCallTypes):F0} | {total:F0} | {total - baseTotal:+0;-0;0} |"));
        }

        table.AppendLine();
        table.AppendLine("Types: distinct type handles named by the runtime's TypeLoadStop events (TypeDiagnostic keyword), received by an in-process EventListener in separate runs whose times are not used; medians.");
        return table.ToString();
    }

    private static double Median(IEnumerable<ColdStartSample> samples, Func<ColdStartSample, double> figure)
    {
        double[] sorted = samples.Select(figure).Order().ToArray();
        int middle = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
