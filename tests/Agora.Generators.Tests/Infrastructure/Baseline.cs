using System;
using System.Collections.Generic;
using System.Linq;
using System.IO;
using System.Runtime.CompilerServices;

namespace Agora.Generators.Tests.Infrastructure;

/// <summary>
/// Expected generated files under <c>Baselines/&lt;case&gt;/</c>. Set AGORA_UPDATE_BASELINES=1 to rewrite them
/// from the current generator output, then review the diff.
/// </summary>
public static class Baseline
{
    private const string VersionPlaceholder = "{GeneratorVersion}";

    // Stored as .txt so the test project does not compile the baselines themselves.
    private const string FileSuffix = ".txt";

    public static bool UpdateRequested => Environment.GetEnvironmentVariable("AGORA_UPDATE_BASELINES") == "1";

    /// <summary>Every expected file of a case, as (hint name, text); read from the sources right after an update.</summary>
    public static IEnumerable<(string HintName, string Text)> ReadAll(string testCase, [CallerFilePath] string callerPath = "")
    {
        string root = UpdateRequested ? SourceDirectory(callerPath) : AppContext.BaseDirectory;
        string directory = Path.Combine(root, "Baselines", testCase);
        foreach (string file in Directory.GetFiles(directory, "*" + FileSuffix).OrderBy(f => f, StringComparer.Ordinal))
        {
            string hintName = Path.GetFileName(file)[..^FileSuffix.Length];
            yield return (hintName, File.ReadAllText(file).Replace(VersionPlaceholder, GeneratorVersion, StringComparison.Ordinal));
        }
    }

    public static void Write(string testCase, string hintName, string text, bool clear, [CallerFilePath] string callerPath = "")
    {
        string directory = Path.Combine(SourceDirectory(callerPath), "Baselines", testCase);
        if (clear && Directory.Exists(directory))
        {
            Directory.Delete(directory, recursive: true);
        }

        Directory.CreateDirectory(directory);
        File.WriteAllText(Path.Combine(directory, hintName + FileSuffix), text.Replace(GeneratorVersion, VersionPlaceholder, StringComparison.Ordinal));
    }

    private static string GeneratorVersion => typeof(AgoraClientGenerator).Assembly.GetName().Version!.ToString();

    // The test project directory, found from this file's compile-time path.
    private static string SourceDirectory(string callerPath)
    {
        string? directory = Path.GetDirectoryName(callerPath);
        while (directory is not null && !File.Exists(Path.Combine(directory, "Agora.Generators.Tests.csproj")))
        {
            directory = Path.GetDirectoryName(directory);
        }

        return directory ?? throw new InvalidOperationException("Cannot find the test project directory to update baselines.");
    }
}
