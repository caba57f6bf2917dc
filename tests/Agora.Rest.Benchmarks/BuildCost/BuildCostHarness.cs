using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using Agora.Tests.Shared;

namespace Agora.Rest.Benchmarks.BuildCost;

/// <summary>
/// Real <c>dotnet build</c>s of a synthetic 1,000-file ASP.NET Core project with the packed package, with and
/// without the package's analyzers, alternating so that drift on the machine hits both alike; each build is a
/// full rebuild (<c>--no-incremental</c>) with <c>-p:ReportAnalyzer=true</c>, whose per-analyzer times are kept.
/// Run: dotnet run -c Release --project tests/Agora.Rest.Benchmarks -- build-cost [files] [runs]
/// </summary>
internal static class BuildCostHarness
{
    public static void Run(int files, int runs)
    {
        string repository = RepositoryRoot.Find();
        string work = Path.Combine(Path.GetTempPath(), "agora-build-cost-" + Guid.NewGuid().ToString("N")[..8]);
        string feed = Path.Combine(work, "feed");
        string project = Path.Combine(work, "project");
        try
        {
            Console.WriteLine($"Packing the package into {feed} ...");
            DotNetProcess.Run(repository, "pack", Path.Combine(repository, "src", "Agora.Rest", "Agora.Rest.csproj"), "-c", "Release", "-o", feed)
                .EnsureSuccess("dotnet pack");
            string package = Directory.GetFiles(feed, "Agora.Generators.*.nupkg").Single(p => !p.EndsWith(".snupkg", StringComparison.Ordinal));
            string version = Path.GetFileNameWithoutExtension(package)["Agora.Generators.".Length..];

            SyntheticBuildProject.Write(project, files, feed, version);
            DotNetProcess.Run(project, PrivatePackageFolder(work), "restore").EnsureSuccess("dotnet restore");

            var without = new List<BuildMeasurement>();
            var with = new List<BuildMeasurement>();
            for (int run = 0; run <= runs; run++)
            {
                // Alternate which goes first, so that neither always follows the other's compiler-server state.
                bool analyzersFirst = run % 2 == 1;
                BuildMeasurement first = Build(project, analyzersOn: analyzersFirst);
                BuildMeasurement second = Build(project, analyzersOn: !analyzersFirst);
                if (run == 0)
                {
                    continue; // warm-up: compiler server start, JIT, disk cache
                }

                (analyzersFirst ? with : without).Add(first);
                (analyzersFirst ? without : with).Add(second);
                Console.WriteLine($"run {run}: without {Seconds(without[^1].Wall)} ({CpuSeconds(without[^1])} CPU), with {Seconds(with[^1].Wall)} ({CpuSeconds(with[^1])} CPU; ours {Seconds(with[^1].AgoraAnalyzers)})");
            }

            Report(files, runs, without, with);
        }
        finally
        {
            TryDelete(work);
        }
    }

    // Restored into a folder of its own: the machine's package folder would keep the first package of this
    // version it saw and hand it to later runs, however the product changed since.
    private static Dictionary<string, string> PrivatePackageFolder(string work) => new() { ["NUGET_PACKAGES"] = Path.Combine(work, "packages") };

    private static BuildMeasurement Build(string project, bool analyzersOn)
    {
        DotNetProcess.Result result = DotNetProcess.RunMeasuringCpu(
            project, PrivatePackageFolder(Path.GetDirectoryName(project)!), "build", "--no-restore", "--no-incremental", "-c", "Release", "-v:d", "-nodeReuse:false",
            "-p:ReportAnalyzer=true", $"-p:{SyntheticBuildProject.AnalyzersOffProperty}={(analyzersOn ? "false" : "true")}")
            .EnsureSuccess("dotnet build");
        if (result.Output.Contains(": warning AGR", StringComparison.Ordinal) || result.Output.Contains(": error AGR", StringComparison.Ordinal))
        {
            throw new InvalidOperationException("The synthetic project is meant to be clean, but the analyzers reported on it:\n" + result.Output);
        }

        AnalyzerReport report = AnalyzerReport.Parse(result.Output);
        if (analyzersOn != report.AgoraAnalyzers.HasValue)
        {
            throw new InvalidOperationException($"Expected the package's analyzers to be {(analyzersOn ? "on" : "off")}, but the analyzer report says otherwise:\n{result.Output}");
        }

        return new BuildMeasurement(result.Elapsed, result.CpuTime, report.TotalAnalyzers, report.AgoraAnalyzers ?? TimeSpan.Zero, report.AgoraGenerator, report.AgoraLines);
    }

    private static void Report(int files, int runs, List<BuildMeasurement> without, List<BuildMeasurement> with)
    {
        TimeSpan wallWithout = Median(without.Select(m => m.Wall));
        TimeSpan wallWith = Median(with.Select(m => m.Wall));
        Console.WriteLine();
        Console.WriteLine($"Synthetic ASP.NET Core project: {files} files, {files * 10} API methods; full rebuilds; median of {runs} runs each, alternating, after a warm-up.");
        Console.WriteLine(".NET SDK " + DotNetProcess.Run(Path.GetTempPath(), "--version").Output.Trim() + ", " + System.Runtime.InteropServices.RuntimeInformation.OSDescription);
        Console.WriteLine();
        Console.WriteLine("| | Without our analyzers | With our analyzers |");
        Console.WriteLine("|---|---:|---:|");
        Console.WriteLine($"| `dotnet build` wall time | {Seconds(wallWithout)} | {Seconds(wallWith)} ({100 * (wallWith - wallWithout) / wallWithout:+0.0;-0.0}%) |");
        if (without.All(m => m.Cpu.HasValue) && with.All(m => m.Cpu.HasValue))
        {
            TimeSpan cpuWithout = Median(without.Select(m => m.Cpu!.Value));
            TimeSpan cpuWith = Median(with.Select(m => m.Cpu!.Value));
            Console.WriteLine($"| `dotnet build` CPU time (all its processes) | {Seconds(cpuWithout)} | {Seconds(cpuWith)} ({100 * (cpuWith - cpuWithout) / cpuWithout:+0.0;-0.0}%) |");
        }

        // Each pair ran back to back, so drift of the machine hits both of its builds alike: the median of the pairs'
        // ratios is the figure that noise fakes least.
        Console.WriteLine($"| added, median of the {runs} pairs' ratios | | wall {PairedRatio(without, with, m => m.Wall)}"
            + (without.All(m => m.Cpu.HasValue) && with.All(m => m.Cpu.HasValue) ? $", CPU {PairedRatio(without, with, m => m.Cpu!.Value)}" : string.Empty) + " |");
        Console.WriteLine($"| all analyzers (ReportAnalyzer) | {Seconds(Median(without.Select(m => m.AllAnalyzers)))} | {Seconds(Median(with.Select(m => m.AllAnalyzers)))} |");
        Console.WriteLine($"| of which Agora.Analyzers | — | {Seconds(Median(with.Select(m => m.AgoraAnalyzers)))} |");
        Console.WriteLine($"| Agora.Generators (generator) | {Seconds(Median(without.Select(m => m.AgoraGenerator)))} | {Seconds(Median(with.Select(m => m.AgoraGenerator)))} |");
        Console.WriteLine();
        Console.WriteLine("The package's lines of the last report with our analyzers (seconds, percent of all analyzer time):");
        Console.WriteLine(with[^1].AgoraLines);
        Console.WriteLine();
        Console.WriteLine("Per run, wall (CPU) seconds, without / with: " + string.Join("; ", without.Zip(with, (a, b) => $"{Seconds(a.Wall)} ({CpuSeconds(a)}) / {Seconds(b.Wall)} ({CpuSeconds(b)})")));
    }

    private static string PairedRatio(List<BuildMeasurement> without, List<BuildMeasurement> with, Func<BuildMeasurement, TimeSpan> measure)
    {
        var ratios = without.Zip(with, (a, b) => measure(b).TotalSeconds / measure(a).TotalSeconds).OrderBy(r => r).ToList();
        double median = ratios.Count % 2 == 1 ? ratios[ratios.Count / 2] : (ratios[ratios.Count / 2 - 1] + ratios[ratios.Count / 2]) / 2;
        return (100 * (median - 1)).ToString("+0.0;-0.0", CultureInfo.InvariantCulture) + "%";
    }

    private static string CpuSeconds(BuildMeasurement measurement) => measurement.Cpu is { } cpu ? Seconds(cpu) : "n/a";

    private static string Seconds(TimeSpan time) => time.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture) + " s";

    private static TimeSpan Median(IEnumerable<TimeSpan> values)
    {
        var sorted = values.OrderBy(v => v).ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
    }

    private static void TryDelete(string directory)
    {
        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temporary folder is harmless.
        }
    }

    private sealed record BuildMeasurement(TimeSpan Wall, TimeSpan? Cpu, TimeSpan AllAnalyzers, TimeSpan AgoraAnalyzers, TimeSpan AgoraGenerator, string AgoraLines);
}
