using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Agora.Analyzers.Security.ClientSide;

/// <summary>
/// Tells whether a compilation ships to end-user devices, and as what. Build properties come first (the
/// package's buildTransitive props make them visible as <c>build_property.*</c>); references are the fallback
/// for builds without them (Unity) and older setups. A Blazor Web App's server project references its
/// WebAssembly client for prerendering, so server markers win over client references.
/// </summary>
internal static class ClientPlatform
{
    private static readonly (string Assembly, string Platform)[] ClientReferences =
    {
        ("Microsoft.AspNetCore.Components.WebAssembly", "Blazor WebAssembly"),
        ("Microsoft.Maui", ".NET MAUI"),
        ("Microsoft.Maui.Controls", ".NET MAUI"),
        ("Mono.Android", "Android"),
        ("Microsoft.iOS", "iOS"),
        ("Xamarin.iOS", "iOS"),
        ("Microsoft.MacCatalyst", "Mac Catalyst"),
        ("Microsoft.tvOS", "tvOS"),
        ("Xamarin.Forms.Core", "Xamarin.Forms"),
        ("UnityEngine", "Unity"),
        ("UnityEngine.CoreModule", "Unity"),
        ("PresentationFramework", "WPF"),
        ("System.Windows.Forms", "Windows Forms"),
        ("Microsoft.WinUI", "WinUI"),
    };

    // Assemblies only a server host references; the WebAssembly client of a Blazor Web App has none of them.
    private static readonly string[] ServerReferences = { "Microsoft.AspNetCore.Server.Kestrel.Core", "Microsoft.AspNetCore.Hosting" };

    private static readonly Dictionary<string, string> PlatformIdentifiers = new(StringComparer.OrdinalIgnoreCase)
    {
        ["android"] = "Android",
        ["ios"] = "iOS",
        ["maccatalyst"] = "Mac Catalyst",
        ["tvos"] = "tvOS",
        ["browser"] = "browser WebAssembly",
    };

    /// <summary>The kind of client app, or <see langword="null"/> for a server, a library or anything unknown.</summary>
    public static string? Detect(Compilation compilation, AnalyzerConfigOptions options)
    {
        if (IsTrue(options, "UsingMicrosoftNETSdkBlazorWebAssembly"))
        {
            return "Blazor WebAssembly";
        }

        if (Property(options, "RuntimeIdentifier") is { } rid && rid.StartsWith("browser", StringComparison.OrdinalIgnoreCase))
        {
            return "browser WebAssembly";
        }

        var references = new HashSet<string>(compilation.ReferencedAssemblyNames.Select(a => a.Name), StringComparer.OrdinalIgnoreCase);
        if (IsTrue(options, "UsingMicrosoftNETSdkWeb") || ServerReferences.Any(references.Contains))
        {
            return null;
        }

        if (IsTrue(options, "UseMaui"))
        {
            return ".NET MAUI";
        }

        if (Property(options, "TargetPlatformIdentifier") is { } platform && PlatformIdentifiers.TryGetValue(platform, out string? named))
        {
            return named;
        }

        if (IsTrue(options, "UseWPF"))
        {
            return "WPF";
        }

        if (IsTrue(options, "UseWindowsForms"))
        {
            return "Windows Forms";
        }

        if (IsTrue(options, "UseWinUI"))
        {
            return "WinUI";
        }

        return ClientReferences.Where(c => references.Contains(c.Assembly)).Select(c => c.Platform).FirstOrDefault();
    }

    private static string? Property(AnalyzerConfigOptions options, string name) =>
        options.TryGetValue("build_property." + name, out string? value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;

    private static bool IsTrue(AnalyzerConfigOptions options, string name) =>
        string.Equals(Property(options, name), "true", StringComparison.OrdinalIgnoreCase);
}
