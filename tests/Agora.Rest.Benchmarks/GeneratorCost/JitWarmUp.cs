using System;
using System.Collections.Generic;
using System.Threading;

namespace Agora.Rest.Benchmarks.GeneratorCost;

/// <summary>
/// Brings the generators' code and Roslyn's to optimized machine code before anything is timed. With tiered
/// compilation a method first runs unoptimized and is recompiled in the background only after it has run a number
/// of times, so the first several runs of a generator are slower by a factor, not by noise; a compiler server or an
/// IDE, which run generators on every edit, are long past that point.
/// </summary>
internal static class JitWarmUp
{
    // Small enough to take seconds, large enough that every hot loop runs far more often than tiering's threshold.
    private const int Interfaces = 50;
    private const int Sequences = 10;

    public static void Run(IEnumerable<GeneratorUnderTest> generators)
    {
        foreach (GeneratorUnderTest generator in generators)
        {
            Console.Error.WriteLine($"JIT warm-up: {generator.Name}");
            for (int sequence = 0; sequence < Sequences; sequence++)
            {
                EditSequenceTimer.Measure(generator, SyntheticApiProject.Create(generator.Flavor, Interfaces));
            }
        }

        // The background compiler promotes methods in batches after a short delay; give it time to finish.
        Thread.Sleep(TimeSpan.FromSeconds(2));
    }
}
