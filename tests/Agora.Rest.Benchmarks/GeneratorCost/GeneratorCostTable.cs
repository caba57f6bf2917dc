using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace Agora.Rest.Benchmarks.GeneratorCost;

/// <summary>Prints the results as Markdown tables and checks the targets against them.</summary>
internal static class GeneratorCostTable
{
    /// <summary>
    /// The unrelated-edit run's share of the cold run may be at most this multiple of the same share for the floor
    /// generator, which only finds the interfaces: what the approach itself costs after an edit.
    /// </summary>
    private const double FloorShareMultiple = 1.25;

    public static void Print(IReadOnlyList<GeneratorCostRow> rows, string clock, Func<RunTime, double> milliseconds)
    {
        Console.WriteLine($"{clock}, medians:");
        Console.WriteLine();
        Console.WriteLine("| Interfaces | Generator | Cold ms | Body edit elsewhere ms | / cold | Member added elsewhere ms | / cold | In-interface edit ms |");
        Console.WriteLine("|---:|---|---:|---:|---:|---:|---:|---:|");
        foreach (GeneratorCostRow row in rows)
        {
            double cold = milliseconds(row.Cold);
            double unrelated = milliseconds(row.UnrelatedEdit);
            double declaration = milliseconds(row.UnrelatedDeclarationEdit);
            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"| {row.Interfaces:N0} | {row.Generator} | {cold:0.0} | {unrelated:0.0} | {100 * unrelated / cold:0.0}% | {declaration:0.0} | {100 * declaration / cold:0.0}% | {milliseconds(row.InterfaceEdit):0.0} |"));
        }

        Console.WriteLine();
    }

    /// <summary>One line per size and target: ours against the floor's share of its own cold run, and against Refit.</summary>
    public static void PrintTargets(IReadOnlyList<GeneratorCostRow> rows, Func<RunTime, double> milliseconds)
    {
        foreach (IGrouping<int, GeneratorCostRow> size in rows.GroupBy(row => row.Interfaces))
        {
            GeneratorCostRow ours = size.Single(row => row.Role == GeneratorRole.Ours);
            GeneratorCostRow refit = size.Single(row => row.Role == GeneratorRole.Peer);
            double share = milliseconds(ours.UnrelatedEdit) / milliseconds(ours.Cold);
            string floorVerdict = "no floor measured";
            if (size.SingleOrDefault(row => row.Role == GeneratorRole.Floor) is { } floor)
            {
                double floorShare = milliseconds(floor.UnrelatedEdit) / milliseconds(floor.Cold);
                floorVerdict = string.Create(
                    CultureInfo.InvariantCulture,
                    $"{Verdict(share <= FloorShareMultiple * floorShare)} ({100 * share:0.0}% of cold against the floor's {100 * floorShare:0.0}%: {share / floorShare:0.00}×)");
            }

            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"- {size.Key:N0} interfaces: body edit elsewhere within {FloorShareMultiple:0.00}× the floor's share of cold: {floorVerdict}; "
                + $"below {refit.Generator}'s: {Verdict(milliseconds(ours.UnrelatedEdit) < milliseconds(refit.UnrelatedEdit))} "
                + $"({milliseconds(ours.UnrelatedEdit):0.0} ms vs {milliseconds(refit.UnrelatedEdit):0.0} ms); "
                + $"member added elsewhere: {milliseconds(ours.UnrelatedDeclarationEdit):0.0} ms vs {milliseconds(refit.UnrelatedDeclarationEdit):0.0} ms."));
        }

        Console.WriteLine();
    }

    private static string Verdict(bool met) => met ? "met" : "NOT met";
}
