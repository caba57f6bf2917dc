using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Xml.Linq;

namespace Agora.Generators.PackageTests;

/// <summary>The package holds exactly what a consumer needs, in the places NuGet and the SDK look.</summary>
[Collection(PackageCollection.Name)]
public sealed class PackageLayoutTests
{
    private static readonly string[] ExpectedEntries =
    {
        "Agora.Generators.nuspec",
        "README.md",
        "analyzers/dotnet/roslyn4.8/cs/Agora.Analyzers.dll",
        "analyzers/dotnet/roslyn4.8/cs/Agora.CodeFixes.dll",
        "analyzers/dotnet/roslyn4.8/cs/Agora.Generators.dll",
        "buildTransitive/Agora.Generators.props",
        "buildTransitive/Agora.Generators.targets",
        "icon.png",
        "lib/net8.0/Agora.Rest.dll",
        "lib/net8.0/Agora.Rest.xml",
        "lib/netstandard2.0/Agora.Rest.dll",
        "lib/netstandard2.0/Agora.Rest.xml",
    };

    // The configuration-bound token provider registration needs the two abstractions every host already has;
    // netstandard2.0 adds the JSON serializer and TimeProvider that newer frameworks carry themselves.
    private static readonly string[] Net8Dependencies =
    {
        "Microsoft.Extensions.Configuration.Abstractions",
        "Microsoft.Extensions.Logging.Abstractions",
        "Microsoft.Extensions.Options",
        "Polly.Core",
    };

    private static readonly string[] NetStandardDependencies =
    {
        "Microsoft.Bcl.TimeProvider",
        "Microsoft.Extensions.Configuration.Abstractions",
        "Microsoft.Extensions.Logging.Abstractions",
        "Microsoft.Extensions.Options",
        "Polly.Core",
        "System.Text.Json",
    };

    private readonly PackageFixture _package;

    public PackageLayoutTests(PackageFixture package)
    {
        _package = package;
    }

    [Fact]
    public void Has_both_libraries_one_roslyn_slot_build_files_readme_icon_and_symbols()
    {
        using ZipArchive zip = ZipFile.OpenRead(_package.PackagePath);
        string[] entries = zip.Entries.Select(e => e.FullName).Where(n => !IsPackagingMetadata(n)).OrderBy(n => n, StringComparer.Ordinal).ToArray();

        Assert.Equal(
            ExpectedEntries,
            entries);
        Assert.True(File.Exists(Path.ChangeExtension(_package.PackagePath, ".snupkg")), "The symbols package is missing.");
    }

    [Fact]
    public void Depends_only_on_the_host_abstractions_and_Polly_and_on_netstandard_the_json_and_clock_packages()
    {
        using ZipArchive zip = ZipFile.OpenRead(_package.PackagePath);
        using Stream nuspec = zip.GetEntry("Agora.Generators.nuspec")!.Open();
        XDocument document = XDocument.Load(nuspec);
        XNamespace ns = document.Root!.Name.Namespace;

        var groups = document.Descendants(ns + "group").ToDictionary(
            g => (string)g.Attribute("targetFramework")!,
            g => g.Elements(ns + "dependency").Select(d => (string)d.Attribute("id")!).ToArray());

        Assert.Equal(Net8Dependencies, groups["net8.0"].OrderBy(id => id, StringComparer.Ordinal));
        Assert.Equal(NetStandardDependencies, groups[".NETStandard2.0"].OrderBy(id => id, StringComparer.Ordinal));
        Assert.Equal("Agora.Generators", document.Descendants(ns + "id").Single().Value);
        Assert.Equal("README.md", document.Descendants(ns + "readme").Single().Value);
    }

    [Fact]
    public void The_emulator_package_holds_its_library_and_depends_on_this_very_version_of_the_product()
    {
        using ZipArchive zip = ZipFile.OpenRead(_package.EmulatorPackagePath);
        string[] entries = zip.Entries.Select(e => e.FullName).Where(n => !IsPackagingMetadata(n)).OrderBy(n => n, StringComparer.Ordinal).ToArray();
        using Stream nuspec = zip.GetEntry("Agora.Rest.Testing.nuspec")!.Open();
        XDocument document = XDocument.Load(nuspec);
        XNamespace ns = document.Root!.Name.Namespace;

        Assert.Equal(
            new[] { "Agora.Rest.Testing.nuspec", "README.md", "icon.png", "lib/net8.0/Agora.Rest.Testing.dll", "lib/net8.0/Agora.Rest.Testing.xml" },
            entries);
        XElement dependency = document.Descendants(ns + "dependency").Single();
        Assert.Equal(("Agora.Generators", _package.Version), ((string)dependency.Attribute("id")!, (string)dependency.Attribute("version")!));
        Assert.Equal("Microsoft.AspNetCore.App", (string)document.Descendants(ns + "frameworkReference").Single().Attribute("name")!);
    }

    [Fact]
    public void The_services_package_holds_both_libraries_no_roslyn_components_and_depends_on_this_very_version_of_the_product()
    {
        using ZipArchive zip = ZipFile.OpenRead(_package.ServicesPackagePath);
        string[] entries = zip.Entries.Select(e => e.FullName).Where(n => !IsPackagingMetadata(n)).OrderBy(n => n, StringComparer.Ordinal).ToArray();
        using Stream nuspec = zip.GetEntry("Agora.Rest.Services.nuspec")!.Open();
        XDocument document = XDocument.Load(nuspec);
        XNamespace ns = document.Root!.Name.Namespace;

        // The generator that built the clients ships in Agora.Generators only: a second copy would generate twice.
        Assert.Equal(
            new[]
            {
                "Agora.Rest.Services.nuspec", "README.md", "icon.png",
                "lib/net8.0/Agora.Rest.Services.dll", "lib/net8.0/Agora.Rest.Services.xml",
                "lib/netstandard2.0/Agora.Rest.Services.dll", "lib/netstandard2.0/Agora.Rest.Services.xml",
            },
            entries);
        Assert.True(File.Exists(Path.ChangeExtension(_package.ServicesPackagePath, ".snupkg")), "The services' symbols package is missing.");

        var groups = document.Descendants(ns + "group").ToDictionary(
            g => (string)g.Attribute("targetFramework")!,
            g => g.Elements(ns + "dependency").ToDictionary(d => (string)d.Attribute("id")!, d => (string)d.Attribute("version")!));
        Assert.Equal(new[] { ".NETStandard2.0", "net8.0" }, groups.Keys.OrderBy(k => k, StringComparer.Ordinal));
        foreach (var dependencies in groups.Values)
        {
            Assert.Equal(_package.Version, dependencies["Agora.Generators"]);
            Assert.Contains("Microsoft.Extensions.Http", dependencies.Keys);
        }
    }

    [Fact]
    public void The_template_package_holds_the_two_templates_and_nothing_to_reference_or_build_output()
    {
        using ZipArchive zip = ZipFile.OpenRead(_package.TemplatesPackagePath);
        string[] entries = zip.Entries.Select(e => e.FullName).Where(n => !IsPackagingMetadata(n)).ToArray();
        using Stream nuspec = zip.GetEntry("Agora.Templates.nuspec")!.Open();
        XDocument document = XDocument.Load(nuspec);
        XNamespace ns = document.Root!.Name.Namespace;

        Assert.Contains("content/AgoraServer/.template.config/template.json", entries);
        Assert.Contains("content/AgoraApi/.template.config/template.json", entries);
        Assert.Contains("content/AgoraServer/AgoraServer.slnx", entries);
        Assert.Contains("README.md", entries);
        Assert.Contains("icon.png", entries);
        // dotnet new reads content/ only; a lib/ folder or a dependency would make the package referenceable.
        Assert.All(entries, entry => Assert.True(
            entry.StartsWith("content/", StringComparison.Ordinal) || entry is "Agora.Templates.nuspec" or "README.md" or "icon.png",
            $"{entry} is outside content/."));
        Assert.DoesNotContain(entries, entry => entry.Contains("/bin/", StringComparison.Ordinal) || entry.Contains("/obj/", StringComparison.Ordinal));
        Assert.Equal("Template", (string)document.Descendants(ns + "packageType").Single().Attribute("name")!);
        Assert.Empty(document.Descendants(ns + "dependency"));
        Assert.Equal(_package.Version, document.Descendants(ns + "version").Single().Value);
    }

    private static bool IsPackagingMetadata(string name) =>
        name.StartsWith("_rels/", StringComparison.Ordinal)
        || name.StartsWith("package/", StringComparison.Ordinal)
        || name == "[Content_Types].xml";
}
