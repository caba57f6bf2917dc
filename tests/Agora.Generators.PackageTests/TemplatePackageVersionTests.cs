using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Xml.Linq;

namespace Agora.Generators.PackageTests;

/// <summary>
/// The templates name package versions in their project files, where central package management cannot reach: these
/// checks keep them equal to the repository's (no pack, no feed needed), so a release never ships a template that
/// restores another version of the product, or a test package the offline restore does not have.
/// </summary>
public sealed class TemplatePackageVersionTests
{
    private static readonly string TemplatesSource = Path.Combine(PackageFixture.RepoRoot, "src", "Agora.Templates", "content");

    [Fact]
    public void The_templates_reference_the_Agora_packages_at_the_repository_s_version()
    {
        string version = XDocument.Load(Path.Combine(PackageFixture.RepoRoot, "Directory.Build.props")).Descendants("Version").Single().Value;

        (string Project, string Id, string? Version)[] agora = TemplateReferences().Where(r => r.Id.StartsWith("Agora.", StringComparison.Ordinal)).ToArray();

        Assert.NotEmpty(agora);
        Assert.All(agora, reference => Assert.True(reference.Version == version, $"{reference.Project}: {reference.Id} {reference.Version}, not {version}"));
    }

    [Fact]
    public void Every_other_package_in_the_templates_is_at_the_version_of_Directory_Packages_props()
    {
        IReadOnlyDictionary<string, string> central = CentralVersions();

        (string Project, string Id, string? Version)[] others = TemplateReferences().Where(r => !r.Id.StartsWith("Agora.", StringComparison.Ordinal)).ToArray();

        Assert.NotEmpty(others);
        Assert.All(others, reference =>
        {
            Assert.True(central.ContainsKey(reference.Id), $"{reference.Project}: {reference.Id} is not in Directory.Packages.props, so nothing here restores it.");
            Assert.True(reference.Version == central[reference.Id], $"{reference.Project}: {reference.Id} {reference.Version}, not {central[reference.Id]}");
        });
    }

    /// <summary>Directory.Packages.props: package id to version.</summary>
    public static IReadOnlyDictionary<string, string> CentralVersions() =>
        XDocument.Load(Path.Combine(PackageFixture.RepoRoot, "Directory.Packages.props")).Descendants("PackageVersion")
            .ToDictionary(p => (string)p.Attribute("Include")!, p => (string)p.Attribute("Version")!, StringComparer.Ordinal);

    private static IEnumerable<(string Project, string Id, string? Version)> TemplateReferences() =>
        Directory.GetFiles(TemplatesSource, "*.csproj", SearchOption.AllDirectories).SelectMany(project =>
            XDocument.Load(project).Descendants("PackageReference").Select(reference =>
                (Path.GetRelativePath(TemplatesSource, project), (string)reference.Attribute("Include")!, (string?)reference.Attribute("Version"))));
}
