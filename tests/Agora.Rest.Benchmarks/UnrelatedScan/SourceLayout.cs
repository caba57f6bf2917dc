using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace Agora.Rest.Benchmarks.UnrelatedScan;

/// <summary>
/// What one compilation of the scan holds: the C# files of one project folder (or a slice of a big one), the
/// settings files that project's build would pass as additional files, and the project file it was read from.
/// </summary>
internal sealed record ScanChunk(string Name, string? ProjectFile, IReadOnlyList<string> SourceFiles, IReadOnlyList<string> SettingsFiles);

/// <summary>The C# files of one repository, grouped as builds would compile them.</summary>
internal sealed record RepositoryLayout(IReadOnlyList<ScanChunk> Chunks, int SourceFiles, int SkippedLarge, int SkippedBuildOutput);

/// <summary>
/// Finds every .cs file of a checkout and assigns it to the project whose folder is its nearest ancestor with a
/// .csproj, as the SDK's default globs do; files above every project form one chunk of their own. Build output
/// (bin, obj) is skipped because it is not the repository's code, and files over 1 MB because they are data
/// tables or generated dumps that would only slow the scan.
/// </summary>
internal static class SourceLayout
{
    public const long LargestFile = 1024 * 1024;

    /// <summary>The most files one compilation holds, so that a repository's biggest project keeps memory bounded.</summary>
    public const int ChunkSize = 1500;

    private static readonly string[] BuildOutput = { "bin", "obj" };

    public static RepositoryLayout Read(string root)
    {
        var files = new List<string>();
        int large = 0;
        int output = 0;
        foreach (string file in Directory.EnumerateFiles(root, "*.cs", SearchOption.AllDirectories))
        {
            if (IsUnder(root, file, BuildOutput))
            {
                output++;
            }
            else if (new FileInfo(file).Length > LargestFile)
            {
                large++;
            }
            else
            {
                files.Add(file);
            }
        }

        List<string> projects = Directory.EnumerateFiles(root, "*.csproj", SearchOption.AllDirectories)
            .Where(p => !IsUnder(root, p, BuildOutput))
            .Order(StringComparer.Ordinal)
            .ToList();
        Dictionary<string, string> projectOfFolder = projects
            .GroupBy(p => Path.GetDirectoryName(p)!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);

        var chunks = new List<ScanChunk>();
        foreach (IGrouping<string?, string> group in files.GroupBy(f => ProjectFolder(root, f, projectOfFolder)).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            string? project = group.Key is null ? null : projectOfFolder[group.Key];
            string name = project is null ? "(no project)" : Path.GetRelativePath(root, project).Replace('\\', '/');
            IReadOnlyList<string> settings = group.Key is null ? Array.Empty<string>() : SettingsFiles.Of(group.Key);
            string[] sorted = group.Order(StringComparer.Ordinal).ToArray();
            for (int start = 0; start < sorted.Length; start += ChunkSize)
            {
                string[] slice = sorted[start..Math.Min(sorted.Length, start + ChunkSize)];
                // Settings files go with the first slice only, so a big project reports each of them once.
                chunks.Add(new ScanChunk(sorted.Length > ChunkSize ? $"{name} [{start / ChunkSize + 1}]" : name, project, slice, start == 0 ? settings : Array.Empty<string>()));
            }
        }

        return new RepositoryLayout(chunks, files.Count, large, output);
    }

    private static string? ProjectFolder(string root, string file, Dictionary<string, string> projectOfFolder)
    {
        for (string? folder = Path.GetDirectoryName(file); folder is not null && folder.Length >= root.Length; folder = Path.GetDirectoryName(folder))
        {
            if (projectOfFolder.ContainsKey(folder))
            {
                return folder;
            }
        }

        return null;
    }

    /// <summary>Whether any folder between <paramref name="root"/> and <paramref name="path"/> has one of <paramref name="names"/>.</summary>
    internal static bool IsUnder(string root, string path, IReadOnlyCollection<string> names)
    {
        string[] segments = Path.GetRelativePath(root, path).Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar);
        return segments[..^1].Any(s => names.Contains(s, StringComparer.OrdinalIgnoreCase));
    }
}
