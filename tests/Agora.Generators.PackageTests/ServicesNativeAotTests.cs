using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Agora.Rest.Tests.Wire;

namespace Agora.Generators.PackageTests;

/// <summary>
/// The services package from the packed feed in a consumer published as Native AOT with warnings as errors: any
/// trimming or AOT warning from the package (reflection, unreferenced JSON metadata) fails the publish, and the
/// native binary then calls a real loopback server and reads its answers through the package's one JSON context.
/// </summary>
[Collection(PackageCollection.Name)]
public sealed class ServicesNativeAotTests
{
    private const string AppId = "970CA35de60c44645bbae8a215061b33";

    private readonly PackageFixture _package;

    public ServicesNativeAotTests(PackageFixture package)
    {
        _package = package;
    }

    [Fact]
    public async Task A_native_AOT_consumer_publishes_without_warnings_and_calls_the_services()
    {
        string linker = await NativeToolchain.FindOrInstallClangAsync();
        await using RecordingServer server = await RecordingServer.StartAsync();
        server.Respond(request => request.RawTarget switch
        {
            var t when t.EndsWith("/cloud_recording/acquire", StringComparison.Ordinal) =>
                PlannedResponse.Json("""{"cname":"stage","uid":"527841","resourceId":"res-1"}"""),
            var t when t.StartsWith("/dev/v1/channel/", StringComparison.Ordinal) =>
                PlannedResponse.Json("""{"success":true,"data":{"channels":[{"channel_name":"stage","user_count":3}],"total_size":1}}"""),
            var t when t.Contains("/agents/", StringComparison.Ordinal) =>
                PlannedResponse.Json("""{"message":"","start_ts":1767225600,"status":"RUNNING","agent_id":"agent-1"}"""),
            _ => PlannedResponse.Json("""{"message":"unexpected"}""", 404),
        });
        string consumer = WriteConsumer(linker);
        string id = Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(16)).ToLowerInvariant();
        string secret = Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(16)).ToLowerInvariant();
        var environment = new Dictionary<string, string> { ["NUGET_PACKAGES"] = Path.Combine(_package.WorkRoot, "packages-aot") };

        DotNetCli.Result publish = (await DotNetCli.RunAsync(consumer, environment, "publish", "-c", "Release", "-o", "out"))
            .EnsureSuccess("dotnet publish (Native AOT) of the services consumer");
        Assert.DoesNotContain("warning IL", publish.Output, StringComparison.Ordinal);

        string binary = Path.Combine(consumer, "out", "Consumer");
        Assert.True(File.Exists(binary), "The native binary was not published.\n" + publish.Output);
        DotNetCli.Result run = await DotNetCli.RunProgramAsync(binary, consumer, null, server.BaseAddress.ToString(), id, secret);

        Assert.True(run.ExitCode == 0, run.Output);
        Assert.Contains("acquired: res-1", run.Output, StringComparison.Ordinal);
        Assert.Contains("channels: stage (3)", run.Output, StringComparison.Ordinal);
        Assert.Contains("agent: agent-1 RUNNING", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain(secret, run.Output, StringComparison.Ordinal);
        Assert.Equal(
            new[] { $"/v1/apps/{AppId}/cloud_recording/acquire", $"/dev/v1/channel/{AppId}", $"/api/conversational-ai-agent/v2/projects/{AppId}/agents/agent-1" },
            server.Requests.Select(r => r.RawTarget));
        Assert.Equal("""{"cname":"stage","uid":"527841","clientRequest":{"scene":0,"resourceExpiredHour":24}}""", server.Requests[0].BodyText);
    }

    private string WriteConsumer(string linker)
    {
        string directory = Path.Combine(_package.WorkRoot, "services-aot-consumer");
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
                <PublishAot>true</PublishAot>
                <RuntimeIdentifier>{System.Runtime.InteropServices.RuntimeInformation.RuntimeIdentifier}</RuntimeIdentifier>
                <TrimmerSingleWarn>false</TrimmerSingleWarn>
                <CppCompilerAndLinker>{linker}</CppCompilerAndLinker>
              </PropertyGroup>
              <ItemGroup>
                <!-- The whole package is compiled and analysed, not only what the three calls below reach. -->
                <TrimmerRootAssembly Include="Agora.Rest.Services" />
              </ItemGroup>
              <ItemGroup>
                <PackageReference Include="Agora.Rest.Services" Version="{_package.Version}" />
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(directory, "Program.cs"), $$"""
            using Agora.Rest;
            using Agora.Rest.Services.ChannelManagement;
            using Agora.Rest.Services.CloudRecording;
            using Agora.Rest.Services.ConversationalAi;

            var server = new Uri(args[0]);
            var credentials = AgoraCredentials.Basic(args[1], args[2]);
            using var http = new HttpClient { BaseAddress = server };

            AcquireResponse acquired = await new IndividualRecordingApiClient(http, credentials).AcquireAsync("{{AppId}}", new IndividualAcquireRequest
            {
                Cname = "stage",
                Uid = "527841",
                ClientRequest = new IndividualAcquireClientRequest { ResourceExpiredHour = 24 },
            });
            Console.WriteLine($"acquired: {acquired.ResourceId}");

            ChannelListResponse channels = await new ChannelApiClient(http, credentials).ListChannelsAsync("{{AppId}}");
            Console.WriteLine("channels: " + string.Join(", ", channels.Data!.Channels!.Select(c => $"{c.ChannelName} ({c.UserCount})")));

            // A base address that is only a host keeps the API's declared path (/api/conversational-ai-agent/v2/projects).
            AgentStatusResponse agent = await new ConversationalAiApiClient(http, credentials).QueryAsync("{{AppId}}", "agent-1");
            Console.WriteLine($"agent: {agent.AgentId} {agent.Status}");
            """);
        return directory;
    }
}
