using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace Agora.Rest.Benchmarks.UnrelatedScan;

/// <summary>
/// The settings files a project's build hands to the analyzers as additional files. Mirrors the package's
/// buildTransitive target (AgoraGeneratorsAddSettingsFiles): **/appsettings*.json, **/launchSettings.json,
/// *.config in the project folder itself and wwwroot/**/*.json, without bin, obj, node_modules, wwwroot/lib
/// and packages.config. Other XML files (*.xml) are not passed: the target does not add them, and
/// ConfigurationFileAnalyzer reads only *.config as XML, so passing them would measure nothing a build does.
/// </summary>
internal static class SettingsFiles
{
    private static readonly string[] Excluded = { "bin", "obj", "node_modules" };

    public static IReadOnlyList<string> Of(string projectFolder)
    {
        var found = new SortedSet<string>(StringComparer.Ordinal);
        foreach (string file in Directory.EnumerateFiles(projectFolder, "*.json", SearchOption.AllDirectories))
        {
            string relative = Path.GetRelativePath(projectFolder, file).Replace('\\', '/');
            string name = Path.GetFileName(file);
            bool settings = name.StartsWith("appsettings", StringComparison.OrdinalIgnoreCase)
                || name.Equals("launchSettings.json", StringComparison.OrdinalIgnoreCase)
                || (relative.StartsWith("wwwroot/", StringComparison.OrdinalIgnoreCase) && !relative.StartsWith("wwwroot/lib/", StringComparison.OrdinalIgnoreCase));
            if (settings && !SourceLayout.IsUnder(projectFolder, file, Excluded))
            {
                found.Add(file);
            }
        }

        foreach (string file in Directory.EnumerateFiles(projectFolder, "*.config", SearchOption.TopDirectoryOnly))
        {
            if (!Path.GetFileName(file).Equals("packages.config", StringComparison.OrdinalIgnoreCase))
            {
                found.Add(file);
            }
        }

        return found.ToList();
    }
}
