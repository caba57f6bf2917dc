using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace Agora.Rest.Benchmarks.Interleaved;

/// <summary>
/// Prints interleaved slices as a table of ratios to the first variant: per round, then the median (p25–p75) over
/// rounds, for CPU time and wall time; bytes per call as the median over rounds.
/// </summary>
internal static class RatioTable
{
    public static void Print(string scenario, IReadOnlyList<Variant> variants, Slice[,] slices)
    {
        int rounds = slices.GetLength(0);
        Console.WriteLine();
        Console.WriteLine($"{scenario}: {rounds} rounds; ratio = variant / {variants[0].Name} in the same round, median (p25–p75) over rounds");
        Console.WriteLine("| Variant | CPU ns/call | Ratio (CPU) | Wall ns/call | Ratio (wall) | Bytes/call | Bytes vs first | Bytes ratio |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|");
        double baselineBytes = Statistics.Median(Column(slices, 0, slice => slice.BytesPerCall));
        for (int variant = 0; variant < variants.Count; variant++)
        {
            int v = variant;
            double[] cpuRatios = Enumerable.Range(0, rounds).Select(r => slices[r, v].CpuNanosecondsPerCall / slices[r, 0].CpuNanosecondsPerCall).ToArray();
            double[] wallRatios = Enumerable.Range(0, rounds).Select(r => slices[r, v].NanosecondsPerCall / slices[r, 0].NanosecondsPerCall).ToArray();
            double bytes = Statistics.Median(Column(slices, v, slice => slice.BytesPerCall));
            Console.WriteLine(Invariant(
                $"| {variants[v].Name} | {Statistics.Median(Column(slices, v, slice => slice.CpuNanosecondsPerCall)):F0} | {Spread(cpuRatios)} | {Statistics.Median(Column(slices, v, slice => slice.NanosecondsPerCall)):F0} | {Spread(wallRatios)} | {bytes:F0} | {bytes - baselineBytes:+0;-0;0} | {(baselineBytes > 0 ? (bytes / baselineBytes).ToString("F3", CultureInfo.InvariantCulture) : "—")} |"));
        }
    }

    /// <summary>One variant against another of the same rounds (not the first): CPU and wall ratios, and bytes.</summary>
    public static void PrintPair(string label, Slice[,] slices, int numerator, int denominator)
    {
        int rounds = slices.GetLength(0);
        double[] cpuRatios = Enumerable.Range(0, rounds).Select(r => slices[r, numerator].CpuNanosecondsPerCall / slices[r, denominator].CpuNanosecondsPerCall).ToArray();
        double[] wallRatios = Enumerable.Range(0, rounds).Select(r => slices[r, numerator].NanosecondsPerCall / slices[r, denominator].NanosecondsPerCall).ToArray();
        double bytes = Statistics.Median(Column(slices, numerator, slice => slice.BytesPerCall)) - Statistics.Median(Column(slices, denominator, slice => slice.BytesPerCall));
        Console.WriteLine(Invariant($"{label}: CPU {Spread(cpuRatios)}, wall {Spread(wallRatios)}, bytes {bytes:+0;-0;0}"));
    }

    private static IEnumerable<double> Column(Slice[,] slices, int variant, Func<Slice, double> value) =>
        Enumerable.Range(0, slices.GetLength(0)).Select(round => value(slices[round, variant]));

    private static string Spread(double[] ratios) =>
        Invariant($"{Statistics.Percentile(ratios, 0.5):F3} ({Statistics.Percentile(ratios, 0.25):F3}–{Statistics.Percentile(ratios, 0.75):F3})");

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
