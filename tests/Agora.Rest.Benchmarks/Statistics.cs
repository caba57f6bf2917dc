using System.Collections.Generic;
using System.Linq;

namespace Agora.Rest.Benchmarks;

internal static class Statistics
{
    /// <summary>The middle value, or the mean of the two middle ones: robust to the odd run slowed by other work on the machine.</summary>
    public static double Median(IEnumerable<double> values) => Percentile(values.ToArray(), 0.5);

    /// <summary>The value at <paramref name="fraction"/> of the sorted values, interpolated linearly between the closest ranks.</summary>
    public static double Percentile(double[] values, double fraction)
    {
        double[] sorted = values.Order().ToArray();
        double position = fraction * (sorted.Length - 1);
        int below = (int)position;
        int above = System.Math.Min(below + 1, sorted.Length - 1);
        return sorted[below] + (sorted[above] - sorted[below]) * (position - below);
    }
}
