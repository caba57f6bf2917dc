using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Threading.Tasks;

namespace Agora.Generators.PackageTests;

/// <summary>
/// The template package from the packed feed, installed into a private template hive: <c>agora-server</c> makes a
/// solution whose own tests pass offline (against the emulator, restored from the feed), and <c>agora-api</c> adds a
/// declaration that the generator turns into a client, with warnings as errors.
/// </summary>
[Collection(PackageCollection.Name)]
public sealed class TemplateTests
{
    private readonly PackageFixture _package;

    public TemplateTests(PackageFixture package)
    {
        _package = package;
    }

    [Fact]
    public async Task The_server_template_makes_a_solution_whose_tests_pass_offline()
    {
        string root = await InstallTemplatesAsync("server-template");

        (await DotNetCli.RunAsync(root, Environment(), NewArguments(root, "agora-server", "-o", "Contoso.Calls")))
            .EnsureSuccess("dotnet new agora-server");
        DotNetCli.Result test = (await DotNetCli.RunAsync(root, Environment(), "test", "Contoso.Calls"))
            .EnsureSuccess("dotnet test of the new solution");

        Match summary = Regex.Match(test.Output, @"^Passed! +- Failed: +(\d+), Passed: +(\d+),", RegexOptions.Multiline);
        Assert.True(summary.Success, "No test summary in:\n" + test.Output);
        Assert.Equal(("0", TemplateTestCount().ToString(System.Globalization.CultureInfo.InvariantCulture)), (summary.Groups[1].Value, summary.Groups[2].Value));
        Assert.True(File.Exists(Path.Combine(root, "Contoso.Calls", "Contoso.Calls.slnx")), "The solution file is not at the root of the output.");
        AssertNoAgoraSettingHasAValue(Path.Combine(root, "Contoso.Calls", "src", "Contoso.Calls", "appsettings.json"));
    }

    [Fact]
    public async Task The_api_template_adds_a_declaration_the_generator_builds_without_warnings()
    {
        string root = await InstallTemplatesAsync("api-template");
        string project = Path.Combine(root, "Consumer");
        Directory.CreateDirectory(project);
        File.WriteAllText(Path.Combine(project, "Consumer.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
                <RootNamespace>Contoso.Chat</RootNamespace>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="Agora.Generators" Version="{_package.Version}" />
                <PackageReference Include="Microsoft.Extensions.DependencyInjection" Version="{CentralVersion("Microsoft.Extensions.DependencyInjection")}" />
                <PackageReference Include="Microsoft.Extensions.Http" Version="{CentralVersion("Microsoft.Extensions.Http")}" />
              </ItemGroup>
            </Project>
            """);
        // Uses what the generator makes from the declaration: the client and its DI registration.
        File.WriteAllText(Path.Combine(project, "Program.cs"), """
            using Agora.Rest;
            using Contoso.Chat;
            using Microsoft.Extensions.DependencyInjection;

            var services = new ServiceCollection();
            services.AddChatApiClient(AgoraCredentials.Basic(args[0], args[1]));
            IChatApi api = new ChatApiClient(new HttpClient(), AgoraCredentials.Basic(args[0], args[1]));
            Console.WriteLine(api.GetType().Name);
            """);
        // dotnet new reads the project's root namespace by evaluating it, which needs a restored project.
        (await DotNetCli.RunAsync(project, Environment(), "restore")).EnsureSuccess("dotnet restore of the consumer");

        (await DotNetCli.RunAsync(project, Environment(), NewArguments(root, "agora-api", "-n", "IChatApi")))
            .EnsureSuccess("dotnet new agora-api");
        DotNetCli.Result build = await DotNetCli.RunAsync(project, Environment(), "build", "-warnaserror");

        build.EnsureSuccess("dotnet build -warnaserror of the consumer");
        Assert.DoesNotContain("AGR", build.Output, StringComparison.Ordinal);
        Assert.Contains("namespace Contoso.Chat;", File.ReadAllText(Path.Combine(project, "IChatApi.cs")), StringComparison.Ordinal);
    }

    // A folder with the offline nuget.config and a template hive of its own, holding the packed templates: installed by
    // package id and version, so dotnet new restores them from the feed as a user's machine would. The hive is never
    // the user's own (~/.templateengine): the tests leave no template installed behind them.
    private async Task<string> InstallTemplatesAsync(string name)
    {
        string root = Path.Combine(_package.WorkRoot, name);
        Directory.CreateDirectory(root);
        ConsumerFeed.WriteNuGetConfig(root, _package.Feed);
        (await DotNetCli.RunAsync(root, Environment(), "new", "install", $"Agora.Templates@{_package.Version}", "--add-source", _package.Feed, "--debug:custom-hive", Hive(root)))
            .EnsureSuccess("dotnet new install Agora.Templates");
        return root;
    }

    private static string Hive(string root) => Path.Combine(root, "template-hive");

    private static string[] NewArguments(string root, params string[] arguments) => ["new", .. arguments, "--debug:custom-hive", Hive(root)];

    private Dictionary<string, string> Environment() => new() { ["NUGET_PACKAGES"] = Path.Combine(_package.WorkRoot, "packages") };

    // The template's tests, counted from its source: each [Fact] is one test, each [InlineData] one case of a [Theory].
    private static int TemplateTestCount() =>
        Directory.GetFiles(Path.Combine(TemplatesSource, "AgoraServer", "tests"), "*.cs", SearchOption.AllDirectories)
            .Sum(file => Regex.Count(File.ReadAllText(file), @"^\s*\[(Fact|InlineData)\b", RegexOptions.Multiline));

    private static string TemplatesSource => Path.Combine(PackageFixture.RepoRoot, "src", "Agora.Templates", "content");

    private static string CentralVersion(string package) => TemplatePackageVersionTests.CentralVersions()[package];

    private static void AssertNoAgoraSettingHasAValue(string appsettings)
    {
        using JsonDocument settings = JsonDocument.Parse(File.ReadAllText(appsettings));
        foreach (JsonProperty setting in settings.RootElement.GetProperty("Agora").EnumerateObject())
        {
            Assert.True(setting.Value.GetString() == string.Empty, $"Agora:{setting.Name} has a value in the template.");
        }
    }
}
