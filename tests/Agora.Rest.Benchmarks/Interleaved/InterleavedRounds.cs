using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Runtime.InteropServices;
using System.Threading.Tasks;

namespace Agora.Rest.Benchmarks.Interleaved;

/// <summary>What one slice of calls of one variant cost, per call.</summary>
internal readonly record struct Slice(double NanosecondsPerCall, double CpuNanosecondsPerCall, double BytesPerCall);

/// <summary>One variant of a measured call: its name, and a call that returns whether it gave the expected result.</summary>
internal sealed record Variant(string Name, Func<bool> Call);

/// <summary>
/// Runs variants of one call in interleaved rounds, in one process: every round runs each variant for one short slice, in a
/// shuffled order, so that a slow stretch of a shared machine slows the variants of that round alike and a ratio taken
/// per round cancels it.
/// </summary>
/// <remarks>
/// Why synchronous: the measured calls go to an in-memory handler that answers at once, so they complete on this thread
/// (checked: a call that does not throws, see <see cref="Completed{T}"/>). Then GC.GetAllocatedBytesForCurrentThread()
/// before and after a slice counts every byte the calls allocated, with no thread-pool continuation elsewhere to miss.
///
/// Why CPU time as well as wall time: the machine's other work takes the core away from this thread for stretches of a
/// slice, which wall time counts and the thread's own CPU time (CLOCK_THREAD_CPUTIME_ID, Linux) does not.
/// </remarks>
internal static class InterleavedRounds
{
    public static readonly TimeSpan DefaultSlice = TimeSpan.FromMilliseconds(40);
    private static readonly TimeSpan s_warmUpPerVariant = TimeSpan.FromMilliseconds(600);
    private const int WarmUpRounds = 3;

    /// <summary>Slices by round and variant: <c>[round, variant]</c>, in the order <paramref name="variants"/> lists them.</summary>
    public static Slice[,] Measure(IReadOnlyList<Variant> variants, int rounds, TimeSpan slice)
    {
        // Warm-up: long enough for tiered compilation to reach its optimized, profile-guided code in every variant.
        foreach (Variant variant in variants)
        {
            var warm = Stopwatch.StartNew();
            while (warm.Elapsed < s_warmUpPerVariant)
            {
                RunSlice(variant, 100);
            }
        }

        // One fixed number of calls per slice for all variants, so each slice's work is the same; sized on the slowest.
        double slowest = variants.Max(variant => RunSlice(variant, 1_000).NanosecondsPerCall);
        int callsPerSlice = Math.Max(100, (int)(slice.TotalNanoseconds / slowest));

        var slices = new Slice[rounds, variants.Count];
        int[] order = Enumerable.Range(0, variants.Count).ToArray();
        for (int round = -WarmUpRounds; round < rounds; round++)
        {
            Random.Shared.Shuffle(order);
            foreach (int index in order)
            {
                Slice measured = RunSlice(variants[index], callsPerSlice);
                if (round >= 0)
                {
                    slices[round, index] = measured;
                }
            }
        }

        return slices;
    }

    /// <summary>The result of a call that must have completed on this thread; throws if it did not.</summary>
    public static T Completed<T>(Task<T> task) =>
        task.IsCompleted ? task.GetAwaiter().GetResult() : throw new InvalidOperationException("A call completed asynchronously; its allocations would not all be counted on this thread.");

    private static Slice RunSlice(Variant variant, int calls)
    {
        long bytesBefore = GC.GetAllocatedBytesForCurrentThread();
        double cpuStarted = ThreadCpuNanoseconds();
        long started = Stopwatch.GetTimestamp();
        for (int i = 0; i < calls; i++)
        {
            if (!variant.Call())
            {
                throw new InvalidOperationException($"{variant.Name}: a call returned a different result.");
            }
        }

        TimeSpan elapsed = Stopwatch.GetElapsedTime(started);
        double cpu = ThreadCpuNanoseconds() - cpuStarted;
        long bytes = GC.GetAllocatedBytesForCurrentThread() - bytesBefore;
        return new Slice(elapsed.TotalNanoseconds / calls, cpu / calls, (double)bytes / calls);
    }

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
}
