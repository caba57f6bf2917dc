using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Reflection;
using System.Reflection.Metadata;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Agora.Generators.PackageTests;

/// <summary>
/// What a careful user checks on a package page and in a debugger: licence, icon, readme, where the source lives, release
/// notes that match the changelog, and symbols whose Source Link leads to the source of the very commit packed.
/// </summary>
[Collection(PackageCollection.Name)]
public sealed class PackageMetadataTests
{
    // Portable PDB custom debug information kinds (System.Reflection.Metadata documents them; the runtime has no constants).
    private static readonly Guid SourceLinkKind = new("CC110556-A091-4D38-9FEC-25AB9A351A6A");
    private static readonly Guid EmbeddedSourceKind = new("0E8A571B-6926-466E-B4AD-8AB04611F5FE");

    private static readonly Regex CommitId = new("^[0-9a-f]{40}$", RegexOptions.CultureInvariant);

    private readonly PackageFixture _package;

    public PackageMetadataTests(PackageFixture package)
    {
        _package = package;
    }

    public static TheoryData<string> Packages => new() { "Agora.Generators", "Agora.Rest.Testing", "Agora.Rest.Services", "Agora.Templates" };

    /// <summary>The packages that carry assemblies, and so symbols (the templates carry none).</summary>
    public static TheoryData<string> Libraries => new() { "Agora.Generators", "Agora.Rest.Testing", "Agora.Rest.Services" };

    private static string RepositoryUrl => typeof(PackageMetadataTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "RepositoryUrl").Value!;

    [Theory]
    [MemberData(nameof(Packages))]
    public void Says_its_licence_icon_readme_source_and_release_notes(string id)
    {
        using ZipArchive zip = ZipFile.OpenRead(PathOf(id));
        XElement metadata = Nuspec(zip, id);
        XNamespace ns = metadata.Name.Namespace;
        string Value(string name) => metadata.Element(ns + name)?.Value ?? "";

        Assert.Equal(("expression", "MIT"), ((string?)metadata.Element(ns + "license")?.Attribute("type"), Value("license")));
        Assert.Equal("icon.png", Value("icon"));
        Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }, ReadAll(zip, "icon.png").Take(4));
        Assert.Equal("README.md", Value("readme"));
        Assert.NotEmpty(ReadAll(zip, "README.md"));
        Assert.Equal(RepositoryUrl, Value("projectUrl"));
        Assert.False(string.IsNullOrWhiteSpace(Value("description")));
        Assert.Contains("agora", Value("tags").Split(' '));

        XElement repository = metadata.Element(ns + "repository")!;
        Assert.Equal(("git", RepositoryUrl), ((string?)repository.Attribute("type"), (string?)repository.Attribute("url")));
        Assert.Matches(CommitId, (string?)repository.Attribute("commit") ?? "");

        Assert.Equal(ChangelogSection(_package.Version), Value("releaseNotes"));
    }

    [Theory]
    [MemberData(nameof(Libraries))]
    public void Ships_symbols_whose_source_link_leads_to_the_packed_commit(string id)
    {
        using ZipArchive package = ZipFile.OpenRead(PathOf(id));
        using ZipArchive symbols = ZipFile.OpenRead(Path.ChangeExtension(PathOf(id), ".snupkg"));
        string commit = (string)Nuspec(package, id).Element(Nuspec(package, id).Name.Namespace + "repository")!.Attribute("commit")!;
        string[] libraries = package.Entries.Select(e => e.FullName)
            .Where(n => n.StartsWith("lib/", StringComparison.Ordinal) && n.EndsWith(".dll", StringComparison.Ordinal))
            .ToArray();
        Assert.NotEmpty(libraries);

        foreach (string library in libraries)
        {
            byte[] pdb = ReadAll(symbols, Path.ChangeExtension(library, ".pdb"));
            using var provider = MetadataReaderProvider.FromPortablePdbImage(pdb.ToImmutableArray());
            MetadataReader reader = provider.GetMetadataReader();

            // One map from the repository's root to raw files at the packed commit.
            var map = JsonDocument.Parse(CustomDebugInformation(reader, EntityHandle.ModuleDefinition, SourceLinkKind).Single())
                .RootElement.GetProperty("documents").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()!);
            KeyValuePair<string, string> root = Assert.Single(map);
            Assert.Equal($"{RawFilesBase()}/{commit}/*", root.Value);

            // Sources the repository holds resolve through that map; the ones the build wrote (generated clients,
            // JSON contexts, assembly attributes, all under obj/) travel inside the PDB instead.
            string prefix = root.Key.TrimEnd('*');
            var documents = reader.Documents.Select(h => (Handle: h, Name: reader.GetString(reader.GetDocument(h).Name))).ToList();
            bool InRepository(string name) => name.StartsWith(prefix, StringComparison.Ordinal) && !name.Contains("/obj/", StringComparison.Ordinal);
            Assert.Contains(documents, d => InRepository(d.Name));
            foreach (var (handle, name) in documents.Where(d => !InRepository(d.Name)))
            {
                Assert.True(CustomDebugInformation(reader, handle, EmbeddedSourceKind).Any(), $"{library}: '{name}' is neither in the repository nor embedded.");
            }

            if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
            {
                // ContinuousIntegrationBuild: no path of the machine that built it.
                Assert.Equal("/_/", prefix);
            }
        }
    }

    /// <summary>GitHub's raw file address of the repository, the form the SDK's Source Link writes for GitHub.</summary>
    private static string RawFilesBase()
    {
        var repository = new Uri(RepositoryUrl.TrimEnd('/'));
        Assert.Equal("github.com", repository.Host);
        string path = repository.AbsolutePath.EndsWith(".git", StringComparison.Ordinal) ? repository.AbsolutePath[..^4] : repository.AbsolutePath;
        return "https://raw.githubusercontent.com" + path;
    }

    /// <summary>The body of <c>## [version]</c> in CHANGELOG.md, up to the next version's heading.</summary>
    private static string ChangelogSection(string version)
    {
        string[] lines = File.ReadAllText(Path.Combine(PackageFixture.RepoRoot, "CHANGELOG.md")).Replace("\r", "", StringComparison.Ordinal).Split('\n');
        int start = Array.FindIndex(lines, l => l.StartsWith($"## [{version}]", StringComparison.Ordinal));
        Assert.True(start >= 0, $"CHANGELOG.md has no section for {version}.");
        int end = Array.FindIndex(lines, start + 1, l => l.StartsWith("## [", StringComparison.Ordinal));
        return string.Join("\n", lines[(start + 1)..(end < 0 ? lines.Length : end)]).Trim();
    }

    private static IEnumerable<string> CustomDebugInformation(MetadataReader reader, EntityHandle parent, Guid kind) =>
        reader.GetCustomDebugInformation(parent)
            .Select(reader.GetCustomDebugInformation)
            .Where(info => reader.GetGuid(info.Kind) == kind)
            .Select(info => Encoding.UTF8.GetString(reader.GetBlobBytes(info.Value)));

    private string PathOf(string id) => id switch
    {
        "Agora.Generators" => _package.PackagePath,
        "Agora.Rest.Testing" => _package.EmulatorPackagePath,
        "Agora.Rest.Services" => _package.ServicesPackagePath,
        "Agora.Templates" => _package.TemplatesPackagePath,
        _ => throw new ArgumentOutOfRangeException(nameof(id), id, "Not one of the product's packages."),
    };

    private static XElement Nuspec(ZipArchive zip, string id)
    {
        using Stream stream = zip.GetEntry(id + ".nuspec")!.Open();
        XDocument document = XDocument.Load(stream);
        return document.Root!.Elements().Single(e => e.Name.LocalName == "metadata");
    }

    private static byte[] ReadAll(ZipArchive zip, string entry)
    {
        ZipArchiveEntry? found = zip.GetEntry(entry);
        Assert.True(found is not null, $"'{entry}' is missing from the package.");
        using Stream stream = found!.Open();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
