using System;
using System.Collections.Generic;
using System.IO;
using System.Threading.Tasks;
using Agora.Rest.Tests.Wire;

namespace Agora.Generators.PackageTests;

/// <summary>
/// A fresh project outside the repository, with its own package cache, restores the packed .nupkg from a
/// folder feed, builds (the generator runs from the package) and calls a real loopback server.
/// </summary>
[Collection(PackageCollection.Name)]
public sealed class ConsumerTests
{
    private readonly PackageFixture _package;

    public ConsumerTests(PackageFixture package)
    {
        _package = package;
    }

    [Fact]
    public async Task A_new_project_restores_builds_and_calls_the_server_with_the_exact_basic_header()
    {
        await using RecordingServer server = await RecordingServer.StartAsync();
        server.Respond(PlannedResponse.Json("""{"projects":[{"id":"p1","name":"Demo","vendor_key":"970CA35de60c44645bbae8a215061b33"}]}"""));
        string consumer = WriteConsumer();
        string id = Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(16)).ToLowerInvariant();
        string secret = Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(16)).ToLowerInvariant();
        var environment = new Dictionary<string, string>
        {
            ["NUGET_PACKAGES"] = Path.Combine(_package.WorkRoot, "packages"),
            ["CONSUMER_CUSTOMER_ID"] = id,
            ["CONSUMER_CUSTOMER_SECRET"] = secret,
        };

        DotNetCli.Result run = (await DotNetCli.RunAsync(consumer, environment, "run", "--", server.BaseAddress.ToString()))
            .EnsureSuccess("dotnet run of the consumer");

        Assert.Contains("Demo (970CA35de60c44645bbae8a215061b33)", run.Output, StringComparison.Ordinal);
        Assert.Contains("token verified: True", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain(secret, run.Output, StringComparison.Ordinal);
        RecordedRequest request = server.Single;
        Assert.Equal("/dev/v1/projects", request.RawTarget);
        Assert.Equal("Basic " + Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(id + ":" + secret)), request.Header("Authorization"));
        Assert.True(
            File.Exists(Path.Combine(consumer, "obj", "generated", "Agora.Generators", "Agora.Generators.AgoraClientGenerator", "Consumer.IProjectApi.g.cs")),
            "The generated client was not written where the SDK puts generator output.");
    }

    [Fact]
    public async Task A_declaration_mistake_fails_the_build_with_the_rule_id_and_its_help_link()
    {
        string consumer = WriteConsumer("consumer-with-mistake", source => source.Replace("public partial interface IProjectApi", "public interface IProjectApi", StringComparison.Ordinal));
        string sarif = Path.Combine(consumer, "build.sarif");
        var environment = new Dictionary<string, string> { ["NUGET_PACKAGES"] = Path.Combine(_package.WorkRoot, "packages") };

        DotNetCli.Result build = await DotNetCli.RunAsync(consumer, environment, "build", $"-p:ErrorLog={sarif}%2Cversion=2.1");

        Assert.NotEqual(0, build.ExitCode);
        Assert.Contains("error AGR1001", build.Output, StringComparison.Ordinal);
        string log = File.ReadAllText(sarif);
        Assert.Contains("\"AGR1001\"", log, StringComparison.Ordinal);
        Assert.Contains("docs/rules/AGR1001.md", log, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_package_props_let_the_analyzers_see_a_client_side_project()
    {
        // The property the Blazor WebAssembly SDK sets; the plain SDK ignores it, the package's props pass it on.
        string consumer = WriteConsumer("consumer-in-browser", extraProperties: "<UsingMicrosoftNETSdkBlazorWebAssembly>true</UsingMicrosoftNETSdkBlazorWebAssembly>");
        var environment = new Dictionary<string, string> { ["NUGET_PACKAGES"] = Path.Combine(_package.WorkRoot, "packages") };

        DotNetCli.Result build = await DotNetCli.RunAsync(consumer, environment, "build");

        Assert.NotEqual(0, build.ExitCode);
        Assert.Contains("error AGR0003", build.Output, StringComparison.Ordinal);
        Assert.Contains("This Blazor WebAssembly app uses HTTP Basic credentials", build.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_package_targets_hand_settings_files_to_the_analyzers()
    {
        string consumer = WriteConsumer("consumer-with-settings");
        string secret = Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(16)).ToLowerInvariant();
        File.WriteAllText(Path.Combine(consumer, "appsettings.json"), $$"""{ "Agora": { "CustomerSecret": "{{secret}}" } }""");
        var environment = new Dictionary<string, string> { ["NUGET_PACKAGES"] = Path.Combine(_package.WorkRoot, "packages") };

        DotNetCli.Result build = await DotNetCli.RunAsync(consumer, environment, "build");

        Assert.NotEqual(0, build.ExitCode);
        Assert.Contains("appsettings.json(1,32): error AGR0005", build.Output, StringComparison.Ordinal);
        Assert.DoesNotContain(secret, build.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_emulator_package_answers_a_consumer_s_generated_client_with_Agora_s_checks()
    {
        string consumer = WriteConsumer(
            "consumer-with-emulator",
            source => source.Replace(ConsumerMain, EmulatorMain, StringComparison.Ordinal),
            extraReferences: $"""<PackageReference Include="Agora.Rest.Testing" Version="{_package.Version}" />""");
        var environment = new Dictionary<string, string> { ["NUGET_PACKAGES"] = Path.Combine(_package.WorkRoot, "packages") };

        DotNetCli.Result run = (await DotNetCli.RunAsync(consumer, environment, "run")).EnsureSuccess("dotnet run of the emulator consumer");

        Assert.Contains("projects: Emulated (970CA35de60c44645bbae8a215061b33)", run.Output, StringComparison.Ordinal);
        Assert.Contains("wrong secret: 401 Invalid authentication credentials", run.Output, StringComparison.Ordinal);
        Assert.Contains("received: GET /dev/v1/projects 200, GET /dev/v1/projects 401", run.Output, StringComparison.Ordinal);
    }

    private const string ConsumerMain = "public static async Task Main(string[] args)";

    // Replaces the consumer's Main with one that starts the packaged emulator and calls it; the original Main
    // stays as an unused method of another name.
    private const string EmulatorMain = """
        public static async Task Main()
                {
                    var account = new Agora.Rest.Testing.AgoraEmulatorOptions
                    {
                        CustomerId = Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(16)),
                        CustomerSecret = Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(16)),
                    };
                    account.Apps.Add(new Agora.Rest.Testing.EmulatedApp("970CA35de60c44645bbae8a215061b33", "5CFd2fd1755d40ecb72977518be15d3b", "Emulated"));
                    await using var emulator = await Agora.Rest.Testing.AgoraEmulator.StartAsync(account);
                    using var http = new HttpClient { BaseAddress = emulator.BaseAddress };

                    ProjectList list = await new ProjectApiClient(http, AgoraCredentials.Basic(account.CustomerId, account.CustomerSecret)).ListProjectsAsync();
                    Console.WriteLine("projects: " + string.Join(", ", list.Projects.Select(p => $"{p.Name} ({p.VendorKey})")));
                    try
                    {
                        await new ProjectApiClient(http, AgoraCredentials.Basic(account.CustomerId, "wrong")).ListProjectsAsync();
                    }
                    catch (AgoraApiException error)
                    {
                        Console.WriteLine($"wrong secret: {(int)error.StatusCode} {error.ErrorMessage}");
                    }

                    Console.WriteLine("received: " + string.Join(", ", emulator.ReceivedRequests.Select(r => $"{r.Method} {r.Path} {r.Status}")));
                }

                public static async Task Original(string[] args)
        """;

    private string WriteConsumer(string name = "consumer", Func<string, string>? editSource = null, string extraProperties = "", string extraReferences = "")
    {
        string directory = Path.Combine(_package.WorkRoot, name);
        Directory.CreateDirectory(directory);
        ConsumerFeed.WriteNuGetConfig(directory, _package.Feed);
        File.WriteAllText(Path.Combine(directory, "Consumer.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
                <EmitCompilerGeneratedFiles>true</EmitCompilerGeneratedFiles>
                <CompilerGeneratedFilesOutputPath>obj/generated</CompilerGeneratedFilesOutputPath>
                {extraProperties}
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="Agora.Generators" Version="{_package.Version}" />
                {extraReferences}
              </ItemGroup>
            </Project>
            """);
        editSource ??= source => source;
        File.WriteAllText(Path.Combine(directory, "Program.cs"), editSource("""
            using System.Text.Json.Serialization;
            using Agora.Rest;

            namespace Consumer;

            public sealed record Project(string Id, string Name, [property: JsonPropertyName("vendor_key")] string VendorKey);

            public sealed record ProjectList(IReadOnlyList<Project> Projects);

            [AgoraApi]
            [BasicAuth]
            public partial interface IProjectApi
            {
                [Get("/dev/v1/projects")]
                Task<ProjectList> ListProjectsAsync(CancellationToken cancellationToken = default);
            }

            public static class Program
            {
                public static async Task Main(string[] args)
                {
                    using var http = new HttpClient { BaseAddress = new Uri(args[0]) };
                    var credentials = AgoraCredentials.Basic(
                        Environment.GetEnvironmentVariable("CONSUMER_CUSTOMER_ID")!,
                        Environment.GetEnvironmentVariable("CONSUMER_CUSTOMER_SECRET")!);
                    var api = new ProjectApiClient(http, credentials);
                    ProjectList list = await api.ListProjectsAsync();
                    foreach (Project project in list.Projects)
                    {
                        Console.WriteLine($"{project.Name} ({project.VendorKey})");
                    }

                    // Agora's public test App ID and certificate.
                    string token = Agora.Rest.Tokens.RtmTokenBuilder2.BuildToken(
                        "970CA35de60c44645bbae8a215061b33", "5CFd2fd1755d40ecb72977518be15d3b", "consumer", 600);
                    bool verified = Agora.Rest.Tokens.AccessToken2.Parse(token).VerifySignature("5CFd2fd1755d40ecb72977518be15d3b");
                    Console.WriteLine($"token verified: {verified}");
                }
            }
            """));
        return directory;
    }
}
