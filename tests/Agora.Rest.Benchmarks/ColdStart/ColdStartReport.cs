using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace Agora.Rest.Benchmarks.ColdStart;

/// <summary>
/// Median and range of each variant's samples as Markdown tables: the times, with ratios to the baseline's
/// medians, then what the JIT compiled, which is where most of a cold call's time goes.
/// </summary>
internal static class ColdStartReport
{
    public static string ToMarkdown(IReadOnlyList<string> variants, string baseline, IReadOnlyDictionary<string, List<ColdStartSample>> samples)
    {
        double baseProcess = Median(samples[baseline], s => s.ProcessMs);
        double baseInProcess = Median(samples[baseline], s => s.InProcessMs);
        double baseJitMethods = Median(samples[baseline], s => s.JitMethods);
        double baseJitMs = Median(samples[baseline], s => s.JitMs);

        var report = new StringBuilder();
        report.AppendLine($"| Variant | Runs | Process median (ms) | Process min–max (ms) | Process vs {baseline} | In-process median (ms) | In-process min–max (ms) | In-process vs {baseline} |");
        report.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|");
        foreach (string variant in variants)
        {
            List<ColdStartSample> runs = samples[variant];
            double process = Median(runs, s => s.ProcessMs);
            double inProcess = Median(runs, s => s.InProcessMs);
            report.AppendLine(Invariant(
                $"| {variant} | {runs.Count} | {process:F1} | {runs.Min(s => s.ProcessMs):F1}–{runs.Max(s => s.ProcessMs):F1} | {process / baseProcess:F2} | {inProcess:F1} | {runs.Min(s => s.InProcessMs):F1}–{runs.Max(s => s.InProcessMs):F1} | {inProcess / baseInProcess:F2} |"));
        }

        report.AppendLine();
        report.AppendLine("Process: wall time from Process.Start to exit, seen by the harness (runtime start, JIT, connect, call, shutdown).");
        report.AppendLine("In-process: from the first line of Main to the end of the call, measured by the app itself.");
        report.AppendLine();
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
        return report.ToString();
    }

    private static double Median(IEnumerable<ColdStartSample> samples, Func<ColdStartSample, double> figure)
    {
        double[] sorted = samples.Select(figure).Order().ToArray();
        int middle = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
