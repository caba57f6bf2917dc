using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Xml;
using System.Xml.Linq;

namespace Agora.Rest.Benchmarks.UnrelatedScan;

/// <summary>
/// The build properties the package's props make visible to the analyzers (build_property.*), read from a
/// project file without MSBuild: ClientSideCredentialAnalyzer (AGR0003) decides from them whether the project
/// ships to devices. Conditions are ignored and the first value wins, which is what matters for the common
/// unconditional declarations. With several target frameworks, the first one naming a platform (net8.0-android)
/// is taken, because the device build is where AGR0003 can fire and the scan looks for every false positive.
/// </summary>
internal sealed record ProjectProperties(IReadOnlyDictionary<string, string> Values, bool ImplicitUsings)
{
    public static readonly ProjectProperties None = new(new Dictionary<string, string>(), false);

    private static readonly string[] Copied = { "UseMaui", "UseWPF", "UseWindowsForms", "UseWinUI", "RuntimeIdentifier", "OutputType" };

    public static ProjectProperties Read(string? projectFile)
    {
        if (projectFile is null)
        {
            return None;
        }

        XDocument document;
        try
        {
            document = XDocument.Load(projectFile);
        }
        catch (XmlException)
        {
            return None; // a project file MSBuild would reject: analyze as a plain library
        }

        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (string name in Copied)
        {
            if (First(document, name) is { } value)
            {
                values[name] = value;
            }
        }

        string sdk = string.Join(";", document.Root?.Attribute("Sdk")?.Value ?? "", string.Join(";", document.Descendants().Where(e => e.Name.LocalName == "Sdk").Select(e => e.Attribute("Name")?.Value)));
        if (sdk.Contains("Microsoft.NET.Sdk.BlazorWebAssembly", StringComparison.OrdinalIgnoreCase))
        {
            values["UsingMicrosoftNETSdkBlazorWebAssembly"] = "true";
        }
        else if (sdk.Contains("Microsoft.NET.Sdk.Web", StringComparison.OrdinalIgnoreCase))
        {
            values["UsingMicrosoftNETSdkWeb"] = "true";
        }

        string frameworks = First(document, "TargetFramework") ?? First(document, "TargetFrameworks") ?? "";
        string? platform = frameworks.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(f => f.Contains('-', StringComparison.Ordinal))
            .Select(f => new string(f[(f.IndexOf('-', StringComparison.Ordinal) + 1)..].TakeWhile(char.IsLetter).ToArray()))
            .FirstOrDefault();
        if (!string.IsNullOrEmpty(platform))
        {
            values["TargetPlatformIdentifier"] = platform;
        }

        bool implicitUsings = IsEnabled(First(document, "ImplicitUsings")) || IsEnabled(FromDirectoryBuildProps(projectFile, "ImplicitUsings"));
        return new ProjectProperties(values, implicitUsings);
    }

    private static string? First(XDocument document, string name) =>
        document.Descendants().FirstOrDefault(e => e.Name.LocalName == name && e.Parent?.Name.LocalName == "PropertyGroup")?.Value.Trim() is { Length: > 0 } value
        && !value.Contains("$(", StringComparison.Ordinal) ? value : null;

    /// <summary>Many repositories turn implicit usings on for every project in a Directory.Build.props above them.</summary>
    private static string? FromDirectoryBuildProps(string projectFile, string name)
    {
        for (DirectoryInfo? folder = new FileInfo(projectFile).Directory; folder is not null; folder = folder.Parent)
        {
            string props = Path.Combine(folder.FullName, "Directory.Build.props");
            if (File.Exists(props))
            {
                try
                {
                    return First(XDocument.Load(props), name);
                }
                catch (XmlException)
                {
                    return null;
                }
            }
        }

        return null;
    }

    private static bool IsEnabled(string? value) =>
        string.Equals(value, "enable", StringComparison.OrdinalIgnoreCase) || string.Equals(value, "true", StringComparison.OrdinalIgnoreCase);
}
