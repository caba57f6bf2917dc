using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace Agora.Rest.Benchmarks.GeneratorCost;

/// <summary>
/// A separate, untimed pass with step tracking on, showing for each named pipeline step how many of its outputs
/// each edit left cached or unchanged and how many it recomputed, and how long the step took: the explanation of
/// the timings, since a step that re-runs on an edit nothing depends on is where the time goes.
/// </summary>
internal static class IncrementalStepReport
{
    public static void Print(GeneratorUnderTest generator, SyntheticApiProject project)
    {
        GeneratorDriver driver = generator.CreateDriver(trackSteps: true).RunGenerators(project.Compilation);
        Compilation unrelatedEdit = project.WithUnrelatedEdit(project.Compilation);
        driver = driver.RunGenerators(unrelatedEdit);
        PrintSteps(generator, project, "unrelated edit", driver.GetRunResult().Results.Single());

        driver = driver.RunGenerators(project.WithInterfaceEdit(unrelatedEdit));
        PrintSteps(generator, project, "in-interface edit", driver.GetRunResult().Results.Single());
    }

    private static void PrintSteps(GeneratorUnderTest generator, SyntheticApiProject project, string edit, GeneratorRunResult run)
    {
        // TrackedSteps holds the output steps too. The syntax-only helpers of ForAttributeWithMetadataName are left
        // out: they walk changed files only and are always cached otherwise, so they explain nothing here.
        IEnumerable<(string Name, ImmutableArray<IncrementalGeneratorRunStep> Runs, double Milliseconds)> steps = run.TrackedSteps
            .Where(step => !step.Key.EndsWith("_ForAttribute", StringComparison.Ordinal) && !step.Key.EndsWith("_ForAttributeInternal", StringComparison.Ordinal))
            .Select(step => (step.Key, step.Value, step.Value.Sum(s => s.ElapsedTime.TotalMilliseconds)))
            .OrderByDescending(step => step.Item3)
            .ThenBy(step => step.Key, StringComparer.Ordinal);
        foreach ((string name, ImmutableArray<IncrementalGeneratorRunStep> runs, double milliseconds) in steps)
        {
            string reasons = string.Join(", ", runs
                .SelectMany(step => step.Outputs)
                .GroupBy(output => output.Reason)
                .OrderBy(group => group.Key)
                .Select(group => $"{group.Key} {group.Count()}"));
            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"| {project.InterfaceCount:N0} | {generator.Name} | {edit} | {name} | {runs.Length} | {(reasons.Length == 0 ? "none" : reasons)} | {milliseconds:0.0} |"));
        }
    }

    public static void PrintHeader()
    {
        Console.WriteLine("| Interfaces | Generator | Run | Step | Executions | Outputs by reason | Step ms |");
        Console.WriteLine("|---:|---|---|---|---:|---|---:|");
    }
}
