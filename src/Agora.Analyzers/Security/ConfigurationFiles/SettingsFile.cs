using System;
using System.IO;

namespace Agora.Analyzers.Security.ConfigurationFiles;

/// <summary>Which additional files are settings files, in which format, and whether a browser downloads them.</summary>
internal static class SettingsFile
{
    public static bool IsJson(string path)
    {
        string name = Path.GetFileName(path);
        return name.EndsWith(".json", StringComparison.OrdinalIgnoreCase)
            && (name.StartsWith("appsettings", StringComparison.OrdinalIgnoreCase)
                || name.Equals("launchSettings.json", StringComparison.OrdinalIgnoreCase)
                || IsServedToBrowsers(path));
    }

    public static bool IsXml(string path) => path.EndsWith(".config", StringComparison.OrdinalIgnoreCase);

    /// <summary>Files under <c>wwwroot</c> are static web assets: every visitor (and a Blazor WebAssembly app) downloads them.</summary>
    public static bool IsServedToBrowsers(string path) =>
        path.Replace('\\', '/').IndexOf("/wwwroot/", StringComparison.OrdinalIgnoreCase) >= 0
        || path.Replace('\\', '/').StartsWith("wwwroot/", StringComparison.OrdinalIgnoreCase);
}
