using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace Agora.Rest.Benchmarks.GeneratorCost;

/// <summary>
/// <c>generator-cost [sizes] [repetitions]</c>: interface counts separated by commas (default <c>100,1000</c>)
/// and timed repetitions per size after one warm-up (default 9; odd, so the median is a measured run).
/// </summary>
internal sealed record GeneratorCostArguments(IReadOnlyList<int> Sizes, int Repetitions)
{
    public static GeneratorCostArguments Parse(string[] args)
    {
        if (args.Length > 2)
        {
            throw new ArgumentException("Usage: generator-cost [sizes, e.g. 100,1000] [repetitions, e.g. 9]");
        }

        IReadOnlyList<int> sizes = args.Length > 0
            ? args[0].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(Positive).ToList()
            : new[] { 100, 1000 };
        int repetitions = args.Length > 1 ? Positive(args[1]) : 9;
        return new GeneratorCostArguments(sizes, repetitions);
    }

    private static int Positive(string text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out int value) && value > 0
            ? value
            : throw new ArgumentException($"'{text}' is not a positive whole number.");
}
