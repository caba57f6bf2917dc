using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Threading.Tasks;
using Agora.Rest;
using Agora.Rest.Services.ChannelManagement;
using Agora.Rest.Services.CloudRecording;
using Agora.Rest.Services.ConversationalAi;
using Agora.Rest.Services.Signaling;
using Agora.Rest.Testing;
using Agora.Samples.ConsoleApp;

// Agora.Generators sample: typed clients for Agora's REST APIs, from Agora.Rest.Services (channels, kicking rules,
// Signaling, Cloud Recording, Conversational AI) and from the sample's own declaration in AgoraApis.cs (projects), all
// generated at build time. Set AGORA_CUSTOMER_ID and AGORA_CUSTOMER_SECRET (Agora Console > RESTful API) to call the
// real service; without them the sample starts Agora.Rest.Testing's emulator on 127.0.0.1.

string? customerId = Environment.GetEnvironmentVariable("AGORA_CUSTOMER_ID");
string? customerSecret = Environment.GetEnvironmentVariable("AGORA_CUSTOMER_SECRET");
bool useRealService = !string.IsNullOrWhiteSpace(customerId) && !string.IsNullOrWhiteSpace(customerSecret);

await using AgoraEmulator? emulator = useRealService ? null : await SampleEmulator.StartAsync();
// No BaseAddress: each client calls the host and path its API declares (api.agora.io; api.sd-rtn.com for Cloud Recording).
// The emulator's client takes those host names to the emulator over TLS on 127.0.0.1, so the code below is the same
// against Agora and offline, and nothing leaves the machine.
using HttpClient http = emulator?.CreateAgoraHostsClient() ?? new HttpClient();
if (emulator is not null)
{
    customerId = SampleEmulator.CustomerId;
    customerSecret = SampleEmulator.CustomerSecret;
    Console.WriteLine($"No AGORA_CUSTOMER_ID / AGORA_CUSTOMER_SECRET set: using the offline Agora emulator, standing in for Agora's hosts at {emulator.HttpsBaseAddress}");
}
else
{
    Console.WriteLine("Calling Agora at https://api.agora.io with the credentials from the environment.");
}

var credentials = AgoraCredentials.Basic(customerId!, customerSecret!);
// The sample's own API reads and writes JSON through the sample's context; the services' clients use their own.
var options = new AgoraClientOptions { JsonSerializerOptions = SampleJsonContext.Default.Options };
IProjectApi projects = new ProjectApiClient(http, credentials, options);
IChannelApi channels = new ChannelApiClient(http, credentials);
IBanRuleApi banRules = new BanRuleApiClient(http, credentials); // Agora's "kicking rules"
ISignalingApi signaling = new SignalingApiClient(http, credentials);
IMixRecordingApi recording = new MixRecordingApiClient(http, credentials);
IConversationalAiApi convoAi = new ConversationalAiApiClient(http, credentials);

try
{
    ProjectList projectList = await projects.ListProjectsAsync();
    Console.WriteLine($"1. Projects: {string.Join(", ", projectList.Projects.Select(p => $"{p.Name} (App ID {p.VendorKey})"))}");
    string? appId = Environment.GetEnvironmentVariable("AGORA_APP_ID") is { Length: > 0 } given ? given
        : projectList.Projects.Count > 0 ? projectList.Projects[0].VendorKey : null;
    if (appId is null)
    {
        Console.WriteLine("The account has no projects; nothing more to show.");
        return 0;
    }

    ChannelListResponse online = await channels.ListChannelsAsync(appId, pageSize: 10);
    IReadOnlyList<ChannelSummary> page = online.Data?.Channels ?? [];
    Console.WriteLine($"2. Channels of {appId}: {string.Join(", ", page.Select(c => $"{c.ChannelName} ({c.UserCount} users)"))} (total {online.Data?.TotalSize ?? 0})");

    if (emulator is null && Environment.GetEnvironmentVariable("AGORA_SAMPLE_ALLOW_WRITES") != "1")
    {
        Console.WriteLine("Skipping the kicking-rule, Signaling, recording and Conversational AI steps against the real service (set AGORA_SAMPLE_ALLOW_WRITES=1 to run the first two).");
        return 0;
    }

    CreateBanRuleResponse created = await banRules.CreateBanRuleAsync(new CreateBanRuleRequest
    {
        AppId = appId, ChannelName = "agora-generators-sample", Uid = 42, Time = 1, Privileges = [BanPrivilege.JoinChannel],
    });
    long ruleId = created.Id ?? throw new InvalidOperationException($"Agora created no kicking rule (status '{created.Status}').");
    Console.WriteLine($"3. Banned uid 42 from joining 'agora-generators-sample' for 1 minute: rule {ruleId}");

    ListBanRulesResponse rules = await banRules.ListBanRulesAsync(appId);
    Console.WriteLine($"4. Kicking rules now: {rules.Rules?.Count ?? 0}");

    try
    {
        DeleteBanRuleResponse deleted = await banRules.DeleteBanRuleAsync(new DeleteBanRuleRequest { AppId = appId, Id = ruleId });
        Console.WriteLine($"5. Deleted rule {deleted.Id}");
    }
    catch (AgoraApiException error)
    {
        // The rule lapses by itself a minute after it was made: the sample goes on.
        Console.WriteLine($"5. Could not delete rule {ruleId}: {error.ErrorMessage}");
    }

    await SignalingSteps.RunAsync(signaling, appId);

    if (emulator is not null)
    {
        // Recording needs your cloud storage, and an agent its LLM and text-to-speech vendors; against the emulator,
        // keys made up for this run will do.
        await CloudRecordingSteps.RunAsync(recording, appId, SampleEmulator.AppCertificate, SampleEmulator.Storage);

        var wrong = new ProjectApiClient(http, AgoraCredentials.Basic(customerId!, "not-the-secret"), options);
        try
        {
            await wrong.ListProjectsAsync();
        }
        catch (AgoraApiException error)
        {
            Console.WriteLine($"11. With a wrong secret: {error.Message}");
        }

        await ConversationalAiSteps.RunAsync(convoAi, appId, SampleEmulator.AppCertificate, SampleEmulator.AgentKeys);
    }
    else
    {
        Console.WriteLine("Skipping Cloud Recording and Conversational AI against the real service: recording writes to your own cloud storage, and an agent calls your LLM and text-to-speech vendors.");
    }

    Console.WriteLine("Done.");
    return 0;
}
catch (AgoraApiException error)
{
    Console.Error.WriteLine($"Agora answered with an error: {error.Message}");
    return 1;
}
