using System;
using System.IO;

namespace Agora.Tests.Shared;

/// <summary>
/// The folder holding Agora.Generators.sln, for tests and harnesses that pack, build or start what the repository
/// holds. Linked into each project that needs it.
/// </summary>
internal static class RepositoryRoot
{
    private const string SolutionFile = "Agora.Generators.sln";

    /// <summary>Above this harness's own output folder, or else above the working directory.</summary>
    public static string Find() =>
        Above(AppContext.BaseDirectory) ?? Above(Environment.CurrentDirectory)
        ?? throw new InvalidOperationException($"Cannot find {SolutionFile} above {AppContext.BaseDirectory} or the working directory; run the harness inside the repository.");

    private static string? Above(string start)
    {
        for (DirectoryInfo? directory = new(start); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, SolutionFile)))
            {
                return directory.FullName;
            }
        }

        return null;
    }
}
