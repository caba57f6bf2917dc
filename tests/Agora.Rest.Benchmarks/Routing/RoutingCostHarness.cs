using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using System.Runtime.InteropServices;
using System.Threading.Tasks;
using Agora.Rest.Benchmarks.ColdStart;

namespace Agora.Rest.Benchmarks.Routing;

/// <summary>
/// <c>routing-cost [rounds]</c>: what routing adds to a call that does not fail, routing on against routing off, in one
/// process with the variants interleaved.
/// </summary>
/// <remarks>
/// Why interleaved: on a shared 2-core machine the speed drifts by tens of percent within minutes, more than the 3%
/// this has to resolve. BenchmarkDotNet runs variants one after another, so drift lands in the ratio; here every round
/// runs each variant for one ~40 ms slice, in a shuffled order, and the ratio to routing off is taken per round, so a
/// slow stretch of the machine slows the variants of that round alike. The median of the per-round ratios (with p25
/// and p75 for spread) is the figure.
///
/// Why synchronous: the in-memory handler answers at once, so every call completes synchronously on this thread
/// (checked: a call that does not throws). Then GC.GetAllocatedBytesForCurrentThread() before and after a slice
/// counts every byte the calls allocated, with no thread-pool continuation elsewhere to miss.
///
/// Why CPU time as well as wall time: the machine's other work takes the core away from this thread for stretches
/// of a slice, which wall time counts and the thread's own CPU time (CLOCK_THREAD_CPUTIME_ID, Linux) does not. Both
/// are reported; CPU time varies less from round to round.
///
/// The variants share code, so the JIT's profile of AgoraClientCore's send path mixes routed and unrouted calls, where
/// a real process has one kind only; BenchmarkDotNet (RoutingBenchmarks), one process per variant, covers that case.
/// </remarks>
internal static class RoutingCostHarness
{
    private static readonly TimeSpan s_slice = TimeSpan.FromMilliseconds(40);
    private static readonly TimeSpan s_warmUpPerVariant = TimeSpan.FromMilliseconds(600);
    private const int WarmUpRounds = 3;

    // Routing off on gateway.example.com is the baseline; the two routed variants are the question; the two off
    // variants on hosts as long as the routed ones tell the bytes of a longer or shorter URI from routing's own.
    private static readonly RoutingVariant[] s_variants =
    {
        RoutingVariant.Off, RoutingVariant.Declared, RoutingVariant.Europe, RoutingVariant.OffSameLengthAsDeclared, RoutingVariant.OffSameLengthAsEurope,
    };

    private static readonly (string Name, Func<RoutedClients, bool> Call)[] s_scenarios =
    {
        ("Basic GET /dev/v1/projects", clients => Completed(clients.BasicGet()).Projects.Count == 5),
        ("AccessToken2 GET user_events", clients => Completed(clients.TokenGet()).Events.Count == 10),
        ("Basic POST JSON body", clients => Completed(clients.Post()).Id == 1953),
    };

    public static void Run(int rounds)
    {
        foreach (string line in MachineDescription.Lines("this process"))
        {
            Console.WriteLine(line);
        }

        var fixture = new RoutingFixture();
        RoutedClients[] clients = s_variants.Select(variant => RoutedClients.CreateChecked(variant, fixture)).ToArray();
        Console.WriteLine(Invariant($"routing-cost: {rounds} rounds of one {s_slice.TotalMilliseconds:F0} ms slice per variant, shuffled, after a warm-up; every variant checked to reach its host and to fail over or not; load average {MachineDescription.LoadAverage()}"));

        foreach ((string name, Func<RoutedClients, bool> call) in s_scenarios)
        {
            Report(name, Measure(clients, call, rounds));
        }

        Console.WriteLine($"load average {MachineDescription.LoadAverage()}");
    }

    private static Slice[,] Measure(RoutedClients[] clients, Func<RoutedClients, bool> call, int rounds)
    {
        // Warm-up: long enough for tiered compilation to reach its optimized, profile-guided code in every variant.
        foreach (RoutedClients variant in clients)
        {
            var warm = Stopwatch.StartNew();
            while (warm.Elapsed < s_warmUpPerVariant)
            {
                RunSlice(variant, call, 100);
            }
        }

        // One fixed number of calls per slice for all variants, so each slice's work is the same.
        Slice probe = RunSlice(clients[0], call, 2_000);
        int callsPerSlice = Math.Max(100, (int)(s_slice.TotalNanoseconds / probe.NanosecondsPerCall));

        var slices = new Slice[rounds, clients.Length];
        var order = Enumerable.Range(0, clients.Length).ToArray();
        for (int round = -WarmUpRounds; round < rounds; round++)
        {
            Random.Shared.Shuffle(order);
            foreach (int variant in order)
            {
                Slice slice = RunSlice(clients[variant], call, callsPerSlice);
                if (round >= 0)
                {
                    slices[round, variant] = slice;
                }
            }
        }

        return slices;
    }

    private static Slice RunSlice(RoutedClients clients, Func<RoutedClients, bool> call, int calls)
    {
        long bytesBefore = GC.GetAllocatedBytesForCurrentThread();
        double cpuStarted = ThreadCpuNanoseconds();
        long started = Stopwatch.GetTimestamp();
        for (int i = 0; i < calls; i++)
        {
            if (!call(clients))
            {
                throw new InvalidOperationException($"{clients.Variant.Name}: a call returned a different result.");
            }
        }

        TimeSpan elapsed = Stopwatch.GetElapsedTime(started);
        double cpu = ThreadCpuNanoseconds() - cpuStarted;
        long bytes = GC.GetAllocatedBytesForCurrentThread() - bytesBefore;
        return new Slice(elapsed.TotalNanoseconds / calls, cpu / calls, (double)bytes / calls);
    }

    private static void Report(string scenario, Slice[,] slices)
    {
        int rounds = slices.GetLength(0);
        Console.WriteLine();
        Console.WriteLine($"{scenario}: {rounds} rounds; ratio = variant / routing off in the same round, median (p25–p75) over rounds");
        Console.WriteLine("| Variant | CPU ns/call | Ratio (CPU) | Wall ns/call | Ratio (wall) | Bytes/call | Bytes vs off |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|");
        double offBytes = Median(Column(slices, 0, slice => slice.BytesPerCall));
        for (int variant = 0; variant < s_variants.Length; variant++)
        {
            int v = variant;
            double[] cpuRatios = Enumerable.Range(0, rounds).Select(r => slices[r, v].CpuNanosecondsPerCall / slices[r, 0].CpuNanosecondsPerCall).ToArray();
            double[] wallRatios = Enumerable.Range(0, rounds).Select(r => slices[r, v].NanosecondsPerCall / slices[r, 0].NanosecondsPerCall).ToArray();
            double bytes = Median(Column(slices, v, slice => slice.BytesPerCall));
            Console.WriteLine(Invariant(
                $"| {s_variants[v].Name} | {Median(Column(slices, v, slice => slice.CpuNanosecondsPerCall)):F0} | {Spread(cpuRatios)} | {Median(Column(slices, v, slice => slice.NanosecondsPerCall)):F0} | {Spread(wallRatios)} | {bytes:F1} | {bytes - offBytes:+0.0;-0.0;0} |"));
        }
    }

    private static IEnumerable<double> Column(Slice[,] slices, int variant, Func<Slice, double> value) =>
        Enumerable.Range(0, slices.GetLength(0)).Select(round => value(slices[round, variant]));

    private static string Spread(double[] ratios) =>
        Invariant($"{Percentile(ratios, 0.5):F3} ({Percentile(ratios, 0.25):F3}–{Percentile(ratios, 0.75):F3})");

    // A call whose task is not complete on return would finish on another thread, outside the allocation count.
    private static T Completed<T>(Task<T> task) =>
        task.IsCompleted ? task.GetAwaiter().GetResult() : throw new InvalidOperationException("A call completed asynchronously; its allocations would not all be counted on this thread.");

    private static double Median(IEnumerable<double> values) => Percentile(values.ToArray(), 0.5);

    // Linear interpolation between the closest ranks.
    private static double Percentile(double[] values, double fraction)
    {
        double[] sorted = values.Order().ToArray();
        double position = fraction * (sorted.Length - 1);
        int below = (int)Math.Floor(position);
        int above = Math.Min(below + 1, sorted.Length - 1);
        return sorted[below] + (sorted[above] - sorted[below]) * (position - below);
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    // The calling thread's CPU time in nanoseconds; NaN where the platform has no such clock here.
    private static double ThreadCpuNanoseconds()
    {
        const int ClockThreadCpuTime = 3;
        return OperatingSystem.IsLinux() && ClockGetTime(ClockThreadCpuTime, out TimeSpec time) == 0 ? time.Seconds * 1e9 + time.Nanoseconds : double.NaN;
    }

    [DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int ClockGetTime(int clock, out TimeSpec time);

    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    private readonly record struct Slice(double NanosecondsPerCall, double CpuNanosecondsPerCall, double BytesPerCall);
}
