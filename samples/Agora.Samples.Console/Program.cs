using System;
using System.Linq;
using System.Net.Http;
using System.Threading.Tasks;
using Agora.Rest;
using Agora.Rest.Testing;
using Agora.Samples.ConsoleApp;

// Agora.Generators sample: typed clients for Agora's REST APIs, generated at build time from the
// interfaces in AgoraApis.cs. Set AGORA_CUSTOMER_ID and AGORA_CUSTOMER_SECRET (Agora Console > RESTful API)
// to call the real service; without them the sample starts Agora.Rest.Testing's emulator on 127.0.0.1.

string? customerId = Environment.GetEnvironmentVariable("AGORA_CUSTOMER_ID");
string? customerSecret = Environment.GetEnvironmentVariable("AGORA_CUSTOMER_SECRET");
bool useRealService = !string.IsNullOrWhiteSpace(customerId) && !string.IsNullOrWhiteSpace(customerSecret);

await using AgoraEmulator? emulator = useRealService ? null : await SampleEmulator.StartAsync();
var http = new HttpClient();
if (emulator is not null)
{
    http.BaseAddress = emulator.BaseAddress;
    customerId = SampleEmulator.CustomerId;
    customerSecret = SampleEmulator.CustomerSecret;
    Console.WriteLine($"No AGORA_CUSTOMER_ID / AGORA_CUSTOMER_SECRET set: using the offline Agora emulator at {emulator.BaseAddress}");
}
else
{
    Console.WriteLine("Calling Agora at https://api.agora.io with the credentials from the environment.");
}

var credentials = AgoraCredentials.Basic(customerId!, customerSecret!);
var options = new AgoraClientOptions { JsonSerializerOptions = SampleJsonContext.Default.Options };
IProjectApi projects = new ProjectApiClient(http, credentials, options);
IChannelApi channels = new ChannelApiClient(http, credentials, options);
IKickingRuleApi kickingRules = new KickingRuleApiClient(http, credentials, options);
ISignalingApi signaling = new SignalingApiClient(http, credentials, options);
ICloudRecordingApi recording = new CloudRecordingApiClient(http, credentials, options);

try
{
    ProjectList projectList = await projects.ListProjectsAsync();
    Console.WriteLine($"1. Projects: {string.Join(", ", projectList.Projects.Select(p => $"{p.Name} (App ID {p.VendorKey})"))}");
    string? appId = Environment.GetEnvironmentVariable("AGORA_APP_ID") ?? (projectList.Projects.Count > 0 ? projectList.Projects[0].VendorKey : null);
    if (appId is null)
    {
        Console.WriteLine("The account has no projects; nothing more to show.");
        return 0;
    }

    ChannelListResponse online = await channels.ListChannelsAsync(appId, pageSize: 10);
    Console.WriteLine($"2. Channels of {appId}: {string.Join(", ", online.Data.Channels.Select(c => $"{c.ChannelName} ({c.UserCount} users)"))} (total {online.Data.TotalSize})");

    if (emulator is null && Environment.GetEnvironmentVariable("AGORA_SAMPLE_ALLOW_WRITES") != "1")
    {
        Console.WriteLine("Skipping the kicking-rule, Signaling and recording steps against the real service (set AGORA_SAMPLE_ALLOW_WRITES=1 to run the first two).");
        return 0;
    }

    KickingRuleCreated created = await kickingRules.CreateAsync(new NewKickingRule(appId, "agora-generators-sample", 42, 1, new[] { "join_channel" }));
    Console.WriteLine($"3. Banned uid 42 from joining 'agora-generators-sample' for 1 minute: rule {created.Id}");

    KickingRuleList rules = await kickingRules.ListAsync(appId);
    Console.WriteLine($"4. Kicking rules now: {rules.Rules.Count}");

    AgoraResponse<KickingRuleDeleted> deleted = await kickingRules.DeleteAsync(new KickingRuleReference(appId, created.Id));
    Console.WriteLine(deleted.IsSuccessStatusCode
        ? $"5. Deleted rule {deleted.Value!.Id}"
        : $"5. Could not delete rule {created.Id}: {deleted.Error!.Message}");

    await SignalingSteps.RunAsync(signaling, appId);

    if (emulator is not null)
    {
        // Recording needs your cloud storage; against the emulator, keys made up for this run will do.
        await CloudRecordingSteps.RunAsync(recording, appId, SampleEmulator.Storage);

        var wrong = new ProjectApiClient(http, AgoraCredentials.Basic(customerId!, "not-the-secret"), options);
        try
        {
            await wrong.ListProjectsAsync();
        }
        catch (AgoraApiException error)
        {
            Console.WriteLine($"11. With a wrong secret: {error.Message}");
        }
    }
    else
    {
        Console.WriteLine("Skipping Cloud Recording against the real service: it records into your own cloud storage.");
    }

    Console.WriteLine("Done.");
    return 0;
}
catch (AgoraApiException error)
{
    Console.Error.WriteLine($"Agora answered with an error: {error.Message}");
    return 1;
}
