using System;
using Agora.Rest.Benchmarks.ColdStart;
using Agora.Rest.Benchmarks.Interleaved;
using Agora.Rest.Benchmarks.PerCall;

namespace Agora.Rest.Benchmarks.Creation;

/// <summary>
/// <c>client-creation [rounds]</c>: creating a client in a warm process, the generated one against the hand-written one of
/// the per-call figures, interleaved in one process (<see cref="InterleavedRounds"/>): the per-round ratio's median, CPU and
/// wall time, and exact bytes per client. What a process's first client costs is the cold-start harness's question.
/// </summary>
internal static class ClientCreationHarness
{
    public static void Run(int rounds)
    {
        foreach (string line in MachineDescription.Lines("this process"))
        {
            Console.WriteLine(line);
        }

        var variants = new ClientCreationVariants(new PerCallFixture());
        Console.WriteLine(FormattableString.Invariant(
            $"client-creation: {rounds} rounds of one {InterleavedRounds.DefaultSlice.TotalMilliseconds:F0} ms slice per variant, shuffled, after a warm-up; a client of every variant checked to make the call; load average {MachineDescription.LoadAverage()}"));
        foreach (ClientCreationScenario scenario in variants.Scenarios())
        {
            RatioTable.Print(scenario.Name, scenario.Variants, InterleavedRounds.Measure(scenario.Variants, rounds, InterleavedRounds.DefaultSlice));
        }

        Console.WriteLine($"load average {MachineDescription.LoadAverage()}");
    }
}
