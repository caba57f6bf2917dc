using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Runtime.InteropServices;

namespace Agora.Rest.Benchmarks.ColdStart;

/// <summary>What a reader needs to weigh the figures: runtime, OS, CPU, load, and any runtime knobs set.</summary>
internal static class MachineDescription
{
    // Runtime settings that change start-up (set as DOTNET_<name>, or the older COMPlus_<name>). The benchmark
    // sets none on purpose, so that it measures what users get; this only reports any the environment sets.
    private static readonly string[] StartupKnobs =
    {
        "TieredCompilation", "TieredPGO", "TC_QuickJit", "TC_QuickJitForLoops", "OSR_HitLimit", "ReadyToRun", "gcServer", "GCgen0size",
    };

    public static IEnumerable<string> Lines(string dotnetHost)
    {
        yield return $".NET: {RuntimeInformation.FrameworkDescription} ({RuntimeInformation.ProcessArchitecture}); the apps run on {dotnetHost}";
        yield return $"OS: {RuntimeInformation.OSDescription}; CPU: {CpuModel()}, {Environment.ProcessorCount} logical cores";

        string[] knobs = StartupKnobs
            .SelectMany(knob => new[] { "DOTNET_" + knob, "COMPlus_" + knob })
            .Select(name => (name, value: Environment.GetEnvironmentVariable(name)))
            .Where(knob => knob.value is not null)
            .Select(knob => $"{knob.name}={knob.value}")
            .ToArray();
        yield return knobs.Length == 0
            ? "Runtime settings: defaults (tiered compilation and tiered PGO on, ReadyToRun code used where the assemblies have it)"
            : "Runtime settings changed in the environment: " + string.Join(", ", knobs);
    }

    /// <summary>The 1, 5 and 15 minute load averages, where the OS reports them: other work on the machine skews the figures.</summary>
    public static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";

    private static string CpuModel()
    {
        if (File.Exists("/proc/cpuinfo"))
        {
            string? model = File.ReadLines("/proc/cpuinfo").FirstOrDefault(line => line.StartsWith("model name", StringComparison.Ordinal));
            if (model is not null)
            {
                return model[(model.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim();
            }
        }

        return RuntimeInformation.ProcessArchitecture.ToString();
    }
}
