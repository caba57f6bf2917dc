using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace Agora.Rest.Benchmarks.GeneratorCost;

/// <summary>Prints the results as Markdown tables and checks the targets against them.</summary>
internal static class GeneratorCostTable
{
    /// <summary>The unrelated-edit run may take at most this share of the cold run.</summary>
    private const double UnrelatedEditBudget = 0.05;

    public static void Print(IReadOnlyList<GeneratorCostRow> rows, string clock, Func<RunTime, double> milliseconds)
    {
        Console.WriteLine($"{clock}, medians:");
        Console.WriteLine();
        Console.WriteLine("| Interfaces | Generator | Cold ms | Unrelated-edit ms | Unrelated edit / cold | In-interface-edit ms |");
        Console.WriteLine("|---:|---|---:|---:|---:|---:|");
        foreach (GeneratorCostRow row in rows)
        {
            double cold = milliseconds(row.Cold);
            double unrelated = milliseconds(row.UnrelatedEdit);
            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"| {row.Interfaces:N0} | {row.Generator} | {cold:0.0} | {unrelated:0.0} | {100 * unrelated / cold:0.0}% | {milliseconds(row.InterfaceEdit):0.0} |"));
        }

        Console.WriteLine();
    }

    /// <summary>One line per size and target: ours against its own cold run, and against Refit's unrelated-edit run.</summary>
    public static void PrintTargets(IReadOnlyList<GeneratorCostRow> rows, Func<RunTime, double> milliseconds)
    {
        foreach (IGrouping<int, GeneratorCostRow> size in rows.GroupBy(row => row.Interfaces))
        {
            GeneratorCostRow ours = size.Single(row => row.Role == GeneratorRole.Ours);
            GeneratorCostRow refit = size.Single(row => row.Role == GeneratorRole.Peer);
            double share = milliseconds(ours.UnrelatedEdit) / milliseconds(ours.Cold);
            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"- {size.Key:N0} interfaces: unrelated edit at most {100 * UnrelatedEditBudget:0}% of cold: {Verdict(share <= UnrelatedEditBudget)} ({100 * share:0.0}%); "
                + $"below {refit.Generator}'s: {Verdict(milliseconds(ours.UnrelatedEdit) < milliseconds(refit.UnrelatedEdit))} "
                + $"({milliseconds(ours.UnrelatedEdit):0.0} ms vs {milliseconds(refit.UnrelatedEdit):0.0} ms)."));
            if (size.SingleOrDefault(row => row.Role == GeneratorRole.Floor) is { } floor)
            {
                // Whether the budget is within reach of the approach at all, whatever the generator does with the interfaces.
                Console.WriteLine(string.Create(
                    CultureInfo.InvariantCulture,
                    $"  The floor's unrelated-edit run alone: {milliseconds(floor.UnrelatedEdit):0.0} ms, {100 * milliseconds(floor.UnrelatedEdit) / milliseconds(ours.Cold):0.0}% of our cold run."));
            }
        }

        Console.WriteLine();
    }

    private static string Verdict(bool met) => met ? "met" : "NOT met";
}
