using System;
using System.IO;

namespace Agora.Generators.PackageTests;

/// <summary>Where a consumer project written by a test restores from.</summary>
public static class ConsumerFeed
{
    /// <summary>
    /// Writes a nuget.config that takes this repository's packages only from the packed feed, and everything else from
    /// this machine's package folder (it restored them to build the packages), read as a folder feed: no network.
    /// </summary>
    public static void WriteNuGetConfig(string directory, string feed) =>
        File.WriteAllText(Path.Combine(directory, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="local" value="{feed}" />
                <add key="machine-cache" value="{MachinePackageCache()}" />
              </packageSources>
              <packageSourceMapping>
                <packageSource key="local">
                  <package pattern="Agora.Generators" />
                  <package pattern="Agora.Rest.Testing" />
                  <package pattern="Agora.Rest.Services" />
                  <package pattern="Agora.Templates" />
                </packageSource>
                <packageSource key="machine-cache">
                  <package pattern="*" />
                </packageSource>
              </packageSourceMapping>
            </configuration>
            """);

    private static string MachinePackageCache() =>
        Environment.GetEnvironmentVariable("NUGET_PACKAGES")
        ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
}
