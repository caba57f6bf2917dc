using System;
using System.Linq;
using Agora.Rest.Benchmarks.ColdStart;
using Agora.Rest.Benchmarks.Interleaved;
using Agora.Rest.Benchmarks.PerCall;

namespace Agora.Rest.Benchmarks.Routing;

/// <summary>
/// <c>routing-cost [rounds]</c>: what routing adds to a call that does not fail, routing on against routing off, in one
/// process with the variants interleaved.
/// </summary>
/// <remarks>
/// Interleaved (<see cref="InterleavedRounds"/>): on a shared 2-core machine the speed drifts by tens of percent within
/// minutes, more than the 3% this has to resolve; a ratio to routing off taken per round cancels the drift.
///
/// The variants share code, so the JIT's profile of AgoraClientCore's send path mixes routed and unrouted calls, where
/// a real process has one kind only; BenchmarkDotNet (RoutingBenchmarks), one process per variant, covers that case.
/// </remarks>
internal static class RoutingCostHarness
{
    // Routing off on gateway.example.com is the baseline; the two routed variants are the question; the two off
    // variants on hosts as long as the routed ones tell the bytes of a longer or shorter URI from routing's own.
    private static readonly RoutingVariant[] s_variants =
    {
        RoutingVariant.Off, RoutingVariant.Declared, RoutingVariant.Europe, RoutingVariant.OffSameLengthAsDeclared, RoutingVariant.OffSameLengthAsEurope,
    };

    private static readonly (string Name, Func<RoutedClients, bool> Call)[] s_scenarios =
    {
        ("Basic GET /dev/v1/projects", clients => InterleavedRounds.Completed(clients.BasicGet()).Projects.Count == 5),
        ("AccessToken2 GET user_events", clients => InterleavedRounds.Completed(clients.TokenGet()).Events.Count == 10),
        ("Basic POST JSON body", clients => InterleavedRounds.Completed(clients.Post()).Id == 1953),
    };

    public static void Run(int rounds)
    {
        foreach (string line in MachineDescription.Lines("this process"))
        {
            Console.WriteLine(line);
        }

        var fixture = new PerCallFixture();
        RoutedClients[] clients = s_variants.Select(variant => RoutedClients.CreateChecked(variant, fixture)).ToArray();
        Console.WriteLine(FormattableString.Invariant($"routing-cost: {rounds} rounds of one {InterleavedRounds.DefaultSlice.TotalMilliseconds:F0} ms slice per variant, shuffled, after a warm-up; every variant checked to reach its host and to fail over or not; load average {MachineDescription.LoadAverage()}"));

        foreach ((string name, Func<RoutedClients, bool> call) in s_scenarios)
        {
            Variant[] variants = clients.Select(client => new Variant(client.Variant.Name, () => call(client))).ToArray();
            RatioTable.Print(name, variants, InterleavedRounds.Measure(variants, rounds, InterleavedRounds.DefaultSlice));
        }

        Console.WriteLine($"load average {MachineDescription.LoadAverage()}");
    }
}
