using System.Collections.Generic;
using System.Linq;

namespace Agora.Rest.Benchmarks.GeneratorCost;

/// <summary>The medians of one generator's edit sequences on one project size.</summary>
internal sealed record GeneratorCostRow(int Interfaces, string Generator, GeneratorRole Role, RunTime Cold, RunTime UnrelatedEdit, RunTime UnrelatedDeclarationEdit, RunTime InterfaceEdit)
{
    public static GeneratorCostRow FromRepetitions(int interfaces, GeneratorUnderTest generator, IReadOnlyList<EditSequenceTimes> repetitions) => new(
        interfaces,
        generator.Name,
        generator.Role,
        Median(repetitions.Select(r => r.Cold)),
        Median(repetitions.Select(r => r.UnrelatedEdit)),
        Median(repetitions.Select(r => r.UnrelatedDeclarationEdit)),
        Median(repetitions.Select(r => r.InterfaceEdit)));

    // Each clock's median on its own: the run with the median generator time need not have the median wall time.
    private static RunTime Median(IEnumerable<RunTime> times)
    {
        List<RunTime> list = times.ToList();
        return new RunTime(Statistics.Median(list.Select(t => t.GeneratorMs)), Statistics.Median(list.Select(t => t.WallMs)));
    }
}
