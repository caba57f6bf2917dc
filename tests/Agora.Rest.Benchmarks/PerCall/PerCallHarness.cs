using System;
using Agora.Rest.Benchmarks.ColdStart;
using Agora.Rest.Benchmarks.Interleaved;

namespace Agora.Rest.Benchmarks.PerCall;

/// <summary>
/// <c>per-call [rounds]</c>: the headline per-call figure. Hand-written code, the generated client and Refit make the same
/// calls over the same in-memory handler, interleaved in one process (<see cref="InterleavedRounds"/>); each variant's
/// ratio to hand-written is the median of its per-round ratios, which a slow stretch of a shared machine cannot fake.
/// </summary>
internal static class PerCallHarness
{
    public static void Run(int rounds)
    {
        foreach (string line in MachineDescription.Lines("this process"))
        {
            Console.WriteLine(line);
        }

        var clients = new PerCallClients(new PerCallFixture());
        Console.WriteLine(FormattableString.Invariant(
            $"per-call: {rounds} rounds of one {InterleavedRounds.DefaultSlice.TotalMilliseconds:F0} ms slice per variant, shuffled, after a warm-up; every variant checked to return the canned answer; load average {MachineDescription.LoadAverage()}"));
        foreach (PerCallScenario scenario in clients.Scenarios())
        {
            Slice[,] slices = InterleavedRounds.Measure(scenario.Variants, rounds, InterleavedRounds.DefaultSlice);
            RatioTable.Print(scenario.Name, scenario.Variants, slices);
            RatioTable.PrintPair("Routing: generated routing on / routing off", slices, PerCallScenario.Routed, scenario.Unrouted);
        }

        Console.WriteLine($"load average {MachineDescription.LoadAverage()}");
    }
}
