using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Threading.Tasks;
using Xunit;
using Xunit.Abstractions;

namespace Agora.Rest.Testing.Tests.Stress;

/// <summary>
/// The fault, redaction and load classes, 50 times over with the three running side by side, while a burner keeps every
/// core busy: a test that depends on how fast the machine is fails here first. Zero failures allowed.
/// </summary>
[Trait("Category", "Stress")]
public sealed class StressTests(ITestOutputHelper output)
{
    private const int Rounds = 50;

    private static readonly Type[] Classes =
    {
        typeof(ClientFaultToleranceTests),
        typeof(FaultInjectionTests),
        typeof(RedactionAuditTests),
        typeof(LoadTests),
    };

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
                IReadOnlyList<string>[] results = await Task.WhenAll(Classes.Select(TestClassRunner.RunAsync));
                int failedRound = round;
                failures.AddRange(results.SelectMany(result => result).Select(failure => $"round {failedRound}: {failure}"));
            }
        }

        int tests = Classes.Sum(TestClassRunner.CountTests);
        output.WriteLine($"{Rounds} rounds of {tests} tests with {burners} burner(s) in {stopwatch.Elapsed.TotalSeconds:F0} s; {failures.Count} failure(s).");
        Assert.True(failures.Count == 0, $"{failures.Count} failure(s) in {Rounds} rounds:\n" + string.Join("\n", failures.Take(20)));
    }
}
