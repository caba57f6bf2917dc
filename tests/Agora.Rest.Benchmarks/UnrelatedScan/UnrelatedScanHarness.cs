using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Agora.Rest.Benchmarks.UnrelatedScan;

/// <summary>
/// Runs every analyzer of the package over public C# that has nothing to do with Agora and prints every AGR0xxx
/// diagnostic: on such code each one is a false positive, so the target is none. The repositories and commits
/// are listed in docs/rules/unrelated-code.txt, which also says how to fetch them.
/// Run: dotnet run -c Release --project tests/Agora.Rest.Benchmarks -- unrelated-scan --sources &lt;folder&gt; [--list docs/rules/unrelated-code.txt]
/// </summary>
internal static class UnrelatedScanHarness
{
    public static async Task<int> RunAsync(string[] args)
    {
        string? sources = Option(args, "--sources");
        string? list = Option(args, "--list");
        if (sources is null || !Directory.Exists(sources))
        {
            Console.Error.WriteLine("usage: unrelated-scan --sources <folder holding owner/name checkouts> [--list <repositories file>]");
            return 2;
        }

        IReadOnlyList<ListedRepository> repositories = list is null ? RepositoryList.Discover(sources) : RepositoryList.Read(list);
        ImmutableArray<DiagnosticAnalyzer> analyzers = PackageAnalyzers.All();
        Console.WriteLine($"Analyzers: {string.Join(", ", analyzers.Select(a => a.GetType().Name))}");
        var scanner = new ChunkScanner(analyzers);
        if (!await SelfCheck.PassesAsync(scanner).ConfigureAwait(false))
        {
            return 3;
        }

        var results = new List<RepositoryResult>();
        var total = Stopwatch.StartNew();
        foreach (ListedRepository repository in repositories)
        {
            string root = Path.GetFullPath(repository.FolderUnder(sources));
            if (!Directory.Exists(root))
            {
                Console.Error.WriteLine($"{repository.Name}: no checkout at {root}; fetch it first (see the list's header).");
                return 2;
            }

            results.Add(await ScanRepositoryAsync(scanner, repository, root).ConfigureAwait(false));
        }

        ScanReport.Write(Console.Out, results, total.Elapsed);
        return results.Sum(r => r.Failures.Count) == 0 ? 0 : 1;
    }

    private static async Task<RepositoryResult> ScanRepositoryAsync(ChunkScanner scanner, ListedRepository repository, string root)
    {
        var stopwatch = Stopwatch.StartNew();
        RepositoryLayout layout = SourceLayout.Read(root);
        var findings = new List<Finding>();
        var failures = new List<AnalyzerFailure>();
        int settings = 0;
        foreach (ScanChunk chunk in layout.Chunks)
        {
            (IReadOnlyList<Finding> found, IReadOnlyList<AnalyzerFailure> failed) = await scanner.ScanAsync(root, chunk).ConfigureAwait(false);
            findings.AddRange(found);
            failures.AddRange(failed);
            settings += chunk.SettingsFiles.Count;
        }

        // A settings file inside a nested project is passed to both projects, as MSBuild's globs do; report it once.
        List<Finding> distinct = findings.Distinct().OrderBy(f => f.Path, StringComparer.Ordinal).ThenBy(f => f.Line).ToList();
        var result = new RepositoryResult(repository, layout, settings, distinct, failures, stopwatch.Elapsed);
        Console.WriteLine($"{repository.Name}: {layout.SourceFiles} files in {layout.Chunks.Count} compilations, {distinct.Count} findings, {failures.Count} analyzer exceptions, {stopwatch.Elapsed.TotalSeconds:0.0} s");
        if (repository.Files is { } listed && listed != layout.SourceFiles)
        {
            Console.WriteLine($"  note: the list records {listed} files for this repository; this checkout has {layout.SourceFiles}.");
        }

        return result;
    }

    private static string? Option(string[] args, string name)
    {
        int index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }
}

/// <summary>What one repository's scan found and cost.</summary>
internal sealed record RepositoryResult(ListedRepository Repository, RepositoryLayout Layout, int SettingsFiles, IReadOnlyList<Finding> Findings, IReadOnlyList<AnalyzerFailure> Failures, TimeSpan Elapsed);
