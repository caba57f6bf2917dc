using System;
using System.Diagnostics;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace Agora.Rest.Benchmarks.GeneratorCost;

/// <summary>How long one generator run took: the generator's own time as the driver measures it, and the wall clock.</summary>
internal readonly record struct RunTime(double GeneratorMs, double WallMs);

/// <summary>The four runs of one edit sequence.</summary>
internal sealed record EditSequenceTimes(RunTime Cold, RunTime UnrelatedEdit, RunTime UnrelatedDeclarationEdit, RunTime InterfaceEdit);

/// <summary>
/// Times what an IDE or a build server asks of a generator: a first run on a fresh compilation, then, with the
/// driver that run returned (which holds the cached pipeline), a run after an edit inside a method body no API
/// depends on, a run after a member is added to that class, and a run after an edit inside one API interface.
/// </summary>
internal static class EditSequenceTimer
{
    public static EditSequenceTimes Measure(GeneratorUnderTest generator, SyntheticApiProject project)
    {
        GeneratorDriver driver = generator.CreateDriver();
        RunTime cold = TimedRun(ref driver, project.Compilation);

        Compilation unrelatedEdit = project.WithUnrelatedEdit(project.Compilation);
        RunTime afterUnrelatedEdit = TimedRun(ref driver, unrelatedEdit);

        Compilation declarationEdit = project.WithUnrelatedDeclarationEdit(unrelatedEdit);
        RunTime afterDeclarationEdit = TimedRun(ref driver, declarationEdit);

        Compilation interfaceEdit = project.WithInterfaceEdit(declarationEdit);
        RunTime afterInterfaceEdit = TimedRun(ref driver, interfaceEdit);

        return new EditSequenceTimes(cold, afterUnrelatedEdit, afterDeclarationEdit, afterInterfaceEdit);
    }

    private static RunTime TimedRun(ref GeneratorDriver driver, Compilation compilation)
    {
        // Garbage from building the project or from the previous run must not be collected inside this one.
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();

        var wall = Stopwatch.StartNew();
        driver = driver.RunGenerators(compilation);
        double wallMs = wall.Elapsed.TotalMilliseconds;

        // The timing info covers the last run only; with one generator in the driver, its entry is nearly the whole
        // run, and the wall clock shows what the driver adds around it.
        double generatorMs = driver.GetTimingInfo().GeneratorTimes.Sum(time => time.ElapsedTime.TotalMilliseconds);
        return new RunTime(generatorMs, wallMs);
    }
}
