using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace Agora.Rest.Benchmarks.UnrelatedScan;

/// <summary>
/// Prints the scan as Markdown: per repository the files, compilations and time; every finding with its place
/// and message; every analyzer exception; the totals by rule; and the repositories as list lines
/// (owner/name commit files), ready to update docs/rules/unrelated-code.txt.
/// </summary>
internal static class ScanReport
{
    public static void Write(TextWriter output, IReadOnlyList<RepositoryResult> results, TimeSpan elapsed)
    {
        output.WriteLine();
        output.WriteLine("| Repository | .cs files | Skipped > 1 MB | Skipped bin/obj | Compilations | Settings files | Findings | Analyzer exceptions | Time |");
        output.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (RepositoryResult r in results)
        {
            output.WriteLine($"| {r.Repository.Name} | {r.Layout.SourceFiles} | {r.Layout.SkippedLarge} | {r.Layout.SkippedBuildOutput} | {r.Layout.Chunks.Count} | {r.SettingsFiles} | {r.Findings.Count} | {r.Failures.Count} | {r.Elapsed.TotalSeconds:0.0} s |");
        }

        output.WriteLine($"| **Total: {results.Count} repositories** | **{results.Sum(r => r.Layout.SourceFiles)}** | {results.Sum(r => r.Layout.SkippedLarge)} | {results.Sum(r => r.Layout.SkippedBuildOutput)} | {results.Sum(r => r.Layout.Chunks.Count)} | {results.Sum(r => r.SettingsFiles)} | **{results.Sum(r => r.Findings.Count)}** | **{results.Sum(r => r.Failures.Count)}** | {elapsed.TotalSeconds:0.0} s |");

        output.WriteLine();
        output.WriteLine("Findings by rule: " + ByRule(results));
        output.WriteLine();
        output.WriteLine("| Rule | Repository | Place | Message |");
        output.WriteLine("|---|---|---|---|");
        foreach (RepositoryResult r in results)
        {
            foreach (Finding f in r.Findings)
            {
                output.WriteLine($"| {f.Rule} | {r.Repository.Name} | {f.Path}:{f.Line} | {f.Message.Replace("|", "\\|", StringComparison.Ordinal)} |");
            }
        }

        output.WriteLine();
        output.WriteLine("Analyzer exceptions:" + (results.Any(r => r.Failures.Count > 0) ? "" : " none"));
        foreach (RepositoryResult r in results)
        {
            foreach (AnalyzerFailure failure in r.Failures)
            {
                output.WriteLine($"- {r.Repository.Name} {failure.Where}: {failure.Analyzer}: {failure.Exception}");
            }
        }

        output.WriteLine();
        output.WriteLine("List lines (owner/name commit files):");
        foreach (RepositoryResult r in results)
        {
            output.WriteLine(r.Repository.Format(r.Layout.SourceFiles));
        }
    }

    private static string ByRule(IReadOnlyList<RepositoryResult> results)
    {
        var counts = results.SelectMany(r => r.Findings).GroupBy(f => f.Rule).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key} {g.Count()}").ToList();
        return counts.Count == 0 ? "none" : string.Join(", ", counts);
    }
}
