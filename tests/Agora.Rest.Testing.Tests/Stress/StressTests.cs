using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Threading.Tasks;
using Xunit;
using Xunit.Abstractions;

namespace Agora.Rest.Testing.Tests.Stress;

/// <summary>
/// The fault and redaction classes side by side, then the load class alone (it measures the whole heap), 50 times over
/// while a burner keeps every core busy: a test that depends on how fast the machine is fails here first. Zero failures
/// allowed. Runs alone too, so that its burner loads the rest of this assembly's tests only through the machine.
/// </summary>
[Trait("Category", "Stress")]
[Collection(AloneCollection.Name)]
public sealed class StressTests(ITestOutputHelper output)
{
    private const int Rounds = 50;

    private static readonly Type[] SideBySide =
    {
        typeof(ClientFaultToleranceTests),
        typeof(FaultInjectionTests),
        typeof(HostFaultTests),
        typeof(FailoverWireTests),
        typeof(RedactionAuditTests),
    };

    private static readonly Type[] Alone = { typeof(LoadTests) };

    private static Type[] Classes => SideBySide.Concat(Alone).ToArray();

    [Fact]
    public async Task Fault_redaction_and_load_tests_pass_50_times_on_a_machine_with_every_core_busy()
    {
        Assert.All(Classes, testClass => Assert.True(TestClassRunner.CountTests(testClass) > 0, $"{testClass.Name} has no test to run."));
        var failures = new List<string>();
        var stopwatch = Stopwatch.StartNew();
        int burners;
        using (var burner = new CpuBurner())
        {
            burners = burner.Burners;
            for (int round = 1; round <= Rounds; round++)
            {
                IReadOnlyList<string>[] results = await Task.WhenAll(SideBySide.Select(TestClassRunner.RunAsync));
                foreach (Type alone in Alone)
                {
                    results = results.Append(await TestClassRunner.RunAsync(alone)).ToArray();
                }

                int failedRound = round;
                failures.AddRange(results.SelectMany(result => result).Select(failure => $"round {failedRound}: {failure}"));
            }
        }

        int tests = Classes.Sum(TestClassRunner.CountTests);
        output.WriteLine($"{Rounds} rounds of {tests} tests with {burners} burner(s) in {stopwatch.Elapsed.TotalSeconds:F0} s; {failures.Count} failure(s).");
        Assert.True(failures.Count == 0, $"{failures.Count} failure(s) in {Rounds} rounds:\n" + string.Join("\n", failures.Take(20)));
    }
}
