using System.Collections.Generic;
using System.Linq;

namespace Agora.Rest.Benchmarks.GeneratorCost;

internal static class Statistics
{
    /// <summary>The middle value, or the mean of the two middle ones: robust to the odd run slowed by other work on the machine.</summary>
    public static double Median(IEnumerable<double> values)
    {
        double[] sorted = values.Order().ToArray();
        int middle = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}
