using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;

namespace Agora.Rest.Benchmarks.UnrelatedScan;

/// <summary>One line of the list of scanned repositories: <c>owner/name commit files</c>.</summary>
internal sealed record ListedRepository(string Name, string Commit, int? Files)
{
    /// <summary>Where the sources of <see cref="Name"/> sit under the sources folder: <c>owner/name</c>.</summary>
    public string FolderUnder(string sources) => Path.Combine(sources, Name.Replace('/', Path.DirectorySeparatorChar));

    public string Format(int files) => $"{Name} {Commit} {files.ToString(CultureInfo.InvariantCulture)}";
}

/// <summary>
/// Reads the list of repositories the scan covers (docs/rules/unrelated-code.txt): '#' lines are comments,
/// every other line is <c>owner/name commit [files]</c>. Without a list, every <c>owner/name</c> folder under
/// the sources folder is scanned, its commit read from its own .git when it has one.
/// </summary>
internal static class RepositoryList
{
    public static IReadOnlyList<ListedRepository> Read(string file)
    {
        var repositories = new List<ListedRepository>();
        int number = 0;
        foreach (string raw in File.ReadLines(file))
        {
            number++;
            string line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            string[] parts = line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length is < 2 or > 3 || parts[0].Count(c => c == '/') != 1)
            {
                throw new FormatException($"{file}, line {number}: expected 'owner/name commit [files]'.");
            }

            int? files = parts.Length == 3 ? int.Parse(parts[2], CultureInfo.InvariantCulture) : null;
            repositories.Add(new ListedRepository(parts[0], parts[1], files));
        }

        return repositories;
    }

    public static IReadOnlyList<ListedRepository> Discover(string sources) =>
        Directory.EnumerateDirectories(sources)
            .SelectMany(owner => Directory.EnumerateDirectories(owner))
            .Select(folder => Path.GetRelativePath(sources, folder).Replace(Path.DirectorySeparatorChar, '/'))
            .Order(StringComparer.OrdinalIgnoreCase)
            .Select(name => new ListedRepository(name, HeadOf(Path.Combine(sources, name)) ?? "unknown", null))
            .ToList();

    /// <summary>The commit a clone has checked out; only a plain HEAD file or a loose ref is read, enough for a fresh clone.</summary>
    private static string? HeadOf(string folder)
    {
        string head = Path.Combine(folder, ".git", "HEAD");
        if (!File.Exists(head))
        {
            return null;
        }

        string text = File.ReadAllText(head).Trim();
        if (!text.StartsWith("ref: ", StringComparison.Ordinal))
        {
            return text;
        }

        string reference = Path.Combine(folder, ".git", text[5..]);
        return File.Exists(reference) ? File.ReadAllText(reference).Trim() : null;
    }
}
