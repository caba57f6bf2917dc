using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Reflection;
using System.Runtime.InteropServices;
using Microsoft.CodeAnalysis.CSharp;

namespace Agora.Rest.Benchmarks.GeneratorCost;

/// <summary>
/// What Agora.Generators costs an IDE or a build, against Refit's generator on the same endpoints: a cold run, a
/// run after an edit in a method body no API depends on, one after a member is added to that class, and one after an
/// edit inside one API interface, on synthetic projects of ten-method interfaces, as medians of repetitions after a
/// warm-up. A generator that only finds the interfaces is timed beside them as the floor of the approach. The
/// target: the body-edit run's share of the cold run within 1.25× of the floor's share, and below Refit's run; the
/// smallest project gets a breakdown of where the unrelated-edit run goes.
/// Run: dotnet run -c Release --project tests/Agora.Rest.Benchmarks -- generator-cost [sizes] [repetitions]
/// </summary>
internal static class GeneratorCostHarness
{
    public static void Run(string[] args)
    {
        GeneratorCostArguments arguments = GeneratorCostArguments.Parse(args);
        GeneratorUnderTest[] compared = { GeneratorUnderTest.ForAgora(), GeneratorUnderTest.ForRefit() };
        GeneratorUnderTest[] timed = compared.Append(GeneratorUnderTest.ForInterfaceLookupOnly()).ToArray();
        PrintEnvironment(timed, arguments);
        JitWarmUp.Run(timed);

        var rows = new List<GeneratorCostRow>();
        foreach (int size in arguments.Sizes)
        {
            foreach (GeneratorUnderTest generator in compared)
            {
                Console.WriteLine("- Checked: " + GeneratedOutputCheck.Verify(generator, SyntheticApiProject.Create(generator.Flavor, size)));
            }

            rows.AddRange(MeasureSize(timed, size, arguments.Repetitions));
        }

        Console.WriteLine();
        GeneratorCostTable.Print(rows, "Generator time (GeneratorDriver.GetTimingInfo)", time => time.GeneratorMs);
        GeneratorCostTable.Print(rows, "Wall clock around RunGenerators", time => time.WallMs);
        Console.WriteLine("Targets, on generator time:");
        GeneratorCostTable.PrintTargets(rows, time => time.GeneratorMs);

        ExplainUnrelatedEdit(compared, arguments.Sizes.Min(), arguments.Repetitions);
    }

    // The generators take turns within each repetition, so that load from elsewhere on the machine falls on all of
    // them alike; every repetition starts from a freshly parsed project and a new driver, so nothing is cached between them.
    private static IEnumerable<GeneratorCostRow> MeasureSize(GeneratorUnderTest[] generators, int size, int repetitions)
    {
        Dictionary<GeneratorUnderTest, List<EditSequenceTimes>> times = generators.ToDictionary(g => g, _ => new List<EditSequenceTimes>());
        for (int repetition = 0; repetition <= repetitions; repetition++)
        {
            Console.Error.WriteLine($"{size} interfaces: {RepetitionName(repetition, repetitions)}");
            foreach (GeneratorUnderTest generator in generators)
            {
                EditSequenceTimes sequence = EditSequenceTimer.Measure(generator, SyntheticApiProject.Create(generator.Flavor, size));
                if (repetition > 0) // the warm-up pays for first-use caches at this size
                {
                    times[generator].Add(sequence);
                }
            }
        }

        return generators.Select(generator => GeneratorCostRow.FromRepetitions(size, generator, times[generator]));
    }

    // Why the unrelated-edit run costs what it does, on the smallest project: which pipeline steps re-ran, and how
    // much of the run is binding the interfaces' members rather than the generator's own code.
    private static void ExplainUnrelatedEdit(GeneratorUnderTest[] generators, int size, int repetitions)
    {
        Console.WriteLine($"Pipeline steps after each edit, {size:N0} interfaces (separate pass with step tracking, one run; "
            + "ForAttributeWithMetadataName's syntax-only helper steps left out):");
        Console.WriteLine();
        IncrementalStepReport.PrintHeader();
        foreach (GeneratorUnderTest generator in generators)
        {
            IncrementalStepReport.Print(generator, SyntheticApiProject.Create(generator.Flavor, size));
        }

        Console.WriteLine();
        Console.WriteLine($"Unrelated-edit run with the API interfaces bound beforehand, {size:N0} interfaces, medians of {repetitions} after a warm-up:");
        Console.WriteLine();
        Console.WriteLine("| Interfaces | Generator | Binding the interfaces ms | Generator run after binding ms |");
        Console.WriteLine("|---:|---|---:|---:|");
        Dictionary<GeneratorUnderTest, List<BindingShare>> shares = generators.ToDictionary(g => g, _ => new List<BindingShare>());
        for (int repetition = 0; repetition <= repetitions; repetition++)
        {
            Console.Error.WriteLine($"{size} interfaces, binding share: {RepetitionName(repetition, repetitions)}");
            foreach (GeneratorUnderTest generator in generators)
            {
                BindingShare share = BindingShareTimer.Measure(generator, SyntheticApiProject.Create(generator.Flavor, size));
                if (repetition > 0)
                {
                    shares[generator].Add(share);
                }
            }
        }

        foreach (GeneratorUnderTest generator in generators)
        {
            double binding = Statistics.Median(shares[generator].Select(s => s.BindingMs));
            double after = Statistics.Median(shares[generator].Select(s => s.GeneratorAfterBindingMs));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {size:N0} | {generator.Name} | {binding:0.0} | {after:0.0} |"));
        }
    }

    private static string RepetitionName(int repetition, int repetitions) => repetition == 0 ? "warm-up" : $"repetition {repetition} of {repetitions}";

    private static void PrintEnvironment(GeneratorUnderTest[] generators, GeneratorCostArguments arguments)
    {
        Console.WriteLine($"- .NET: {RuntimeInformation.FrameworkDescription} on {RuntimeInformation.OSDescription} ({RuntimeInformation.ProcessArchitecture}), "
            + $"{Environment.ProcessorCount} logical cores, {(System.Runtime.GCSettings.IsServerGC ? "server" : "workstation")} GC");
        Console.WriteLine($"- Roslyn hosting the generators: Microsoft.CodeAnalysis.CSharp {InformationalVersion(typeof(CSharpCompilation).Assembly)}");
        foreach (GeneratorUnderTest generator in generators)
        {
            Console.WriteLine($"- {generator.Name}: {generator.Origin}");
        }

        Console.WriteLine($"- Projects: {string.Join(" and ", arguments.Sizes.Select(size => size.ToString("N0", CultureInfo.InvariantCulture)))} "
            + $"interfaces of 10 methods, one file each; median of {arguments.Repetitions} repetitions after a warm-up");
    }

    private static string InformationalVersion(Assembly assembly) =>
        assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? assembly.GetName().Version?.ToString() ?? "unknown";
}
