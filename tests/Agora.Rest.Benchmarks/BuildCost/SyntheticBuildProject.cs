using System;
using System.IO;
using Agora.Rest.Benchmarks.AnalyzerCost;

namespace Agora.Rest.Benchmarks.BuildCost;

/// <summary>
/// Writes the analyzer-cost synthetic project to disk as a real ASP.NET Core project that takes the packed
/// Agora.Generators package from a folder feed, so that a plain <c>dotnet build</c> runs exactly what users run:
/// the SDK's own analyzers, the package's generator and, unless switched off, its analyzers.
/// </summary>
internal static class SyntheticBuildProject
{
    /// <summary>The MSBuild property that removes the package's analyzers (and only them) from a build.</summary>
    public const string AnalyzersOffProperty = "AgoraBenchmarkAnalyzersOff";

    public static void Write(string directory, int files, string feed, string packageVersion)
    {
        Directory.CreateDirectory(directory);
        File.WriteAllText(Path.Combine(directory, "nuget.config"), NuGetConfig(feed));
        File.WriteAllText(Path.Combine(directory, "Synthetic.csproj"), ProjectFile(packageVersion));
        File.WriteAllText(Path.Combine(directory, "Directory.Build.targets"), AnalyzerSwitch);
        File.WriteAllText(Path.Combine(directory, "Usings.cs"), SyntheticProject.Usings);
        File.WriteAllText(Path.Combine(directory, "Program.cs"), "WebApplication.CreateBuilder(args).Build().Run();\n");
        for (int i = 0; i < files; i++)
        {
            File.WriteAllText(Path.Combine(directory, $"Feature{i}.cs"), SyntheticProject.File(i));
        }
    }

    // The package under test comes only from the packed file; everything else from this machine's package folder,
    // which restored it to build the package: no network.
    private static string NuGetConfig(string feed) => $"""
        <?xml version="1.0" encoding="utf-8"?>
        <configuration>
          <packageSources>
            <clear />
            <add key="local" value="{feed}" />
            <add key="machine-cache" value="{MachinePackageFolder()}" />
          </packageSources>
          <packageSourceMapping>
            <packageSource key="local">
              <package pattern="Agora.Generators" />
            </packageSource>
            <packageSource key="machine-cache">
              <package pattern="*" />
            </packageSource>
          </packageSourceMapping>
        </configuration>
        """;

    private static string ProjectFile(string packageVersion) => $"""
        <Project Sdk="Microsoft.NET.Sdk.Web">
          <PropertyGroup>
            <TargetFramework>net10.0</TargetFramework>
            <Nullable>enable</Nullable>
            <ImplicitUsings>enable</ImplicitUsings>
          </PropertyGroup>
          <ItemGroup>
            <PackageReference Include="Agora.Generators" Version="{packageVersion}" />
          </ItemGroup>
        </Project>
        """;

    // Removes the analyzer assembly right before compiling; the generator (a separate assembly) stays, so both
    // builds compile the same generated code.
    private const string AnalyzerSwitch = $"""
        <Project>
          <Target Name="RemoveAgoraAnalyzers" BeforeTargets="CoreCompile" Condition="'$({AnalyzersOffProperty})' == 'true'">
            <ItemGroup>
              <Analyzer Remove="@(Analyzer)" Condition="'%(Filename)' == 'Agora.Analyzers'" />
            </ItemGroup>
          </Target>
        </Project>
        """;

    private static string MachinePackageFolder() =>
        Environment.GetEnvironmentVariable("NUGET_PACKAGES")
        ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
}
