using System;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Threading.Tasks;

namespace Agora.Generators.PackageTests;

/// <summary>
/// Packs the product, the emulator, the services and the templates once into a temporary folder feed, or uses the feed that <c>.ci/run</c> already packed
/// (AGORA_PACKAGE_FEED), so CI tests exactly the package it built.
/// </summary>
public sealed class PackageFixture : IAsyncLifetime
{
    public string Feed { get; private set; } = null!;

    public string PackagePath { get; private set; } = null!;

    public string Version { get; private set; } = null!;

    public string WorkRoot { get; } = Path.Combine(Path.GetTempPath(), "agora-package-tests-" + Guid.NewGuid().ToString("N")[..8]);

    public static string RepoRoot => typeof(PackageFixture).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "RepoRoot").Value!;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(WorkRoot);
        string? prebuilt = Environment.GetEnvironmentVariable("AGORA_PACKAGE_FEED");
        if (!string.IsNullOrEmpty(prebuilt))
        {
            Feed = prebuilt;
        }
        else
        {
            Feed = Path.Combine(WorkRoot, "feed");
            foreach (string project in new[] { "Agora.Rest", "Agora.Rest.Testing", "Agora.Rest.Services", "Agora.Templates" })
            {
                (await DotNetCli.RunAsync(RepoRoot, null, "pack", Path.Combine(RepoRoot, "src", project, project + ".csproj"),
                    "-c", "Release", "-o", Feed, "-nodeReuse:false")).EnsureSuccess("dotnet pack " + project);
            }
        }

        PackagePath = Directory.GetFiles(Feed, "Agora.Generators.*.nupkg").Single(p => !p.EndsWith(".snupkg", StringComparison.Ordinal));
        Version = Path.GetFileNameWithoutExtension(PackagePath)["Agora.Generators.".Length..];
        EmulatorPackagePath = Directory.GetFiles(Feed, "Agora.Rest.Testing.*.nupkg").Single(p => !p.EndsWith(".snupkg", StringComparison.Ordinal));
        ServicesPackagePath = Directory.GetFiles(Feed, "Agora.Rest.Services.*.nupkg").Single(p => !p.EndsWith(".snupkg", StringComparison.Ordinal));
        TemplatesPackagePath = Directory.GetFiles(Feed, "Agora.Templates.*.nupkg").Single();
    }

    /// <summary>The <c>dotnet new</c> templates' package, Agora.Templates, packed beside the product.</summary>
    public string TemplatesPackagePath { get; private set; } = null!;

    /// <summary>The typed services' package, Agora.Rest.Services, packed beside the product.</summary>
    public string ServicesPackagePath { get; private set; } = null!;

    /// <summary>The emulator's own package, Agora.Rest.Testing, packed beside the product.</summary>
    public string EmulatorPackagePath { get; private set; } = null!;

    public Task DisposeAsync()
    {
        try
        {
            Directory.Delete(WorkRoot, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }

        return Task.CompletedTask;
    }
}

/// <summary>One pack shared by every package test; they run one after another, never packing concurrently.</summary>
[CollectionDefinition(Name)]
public sealed class PackageCollection : ICollectionFixture<PackageFixture>
{
    public const string Name = "Package";
}
