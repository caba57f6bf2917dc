using System;
using System.Threading.Tasks;
using Agora.Rest.Services.CloudRecording;
using Agora.Rest.Tokens;

namespace Agora.Samples.ConsoleApp;

/// <summary>Cloud Recording: acquire a resource, record a channel, check on it, stop it and list the files.</summary>
internal static class CloudRecordingSteps
{
    public static async Task RunAsync(IMixRecordingApi recording, string appId, string appCertificate, StorageConfig storage)
    {
        const string Channel = "stage";
        const uint RecorderUid = 527841; // the recorder joins the channel as this uid: one no user has
        string uid = RecorderUid.ToString(System.Globalization.CultureInfo.InvariantCulture); // Cloud Recording sends uids as strings

        // The recorder joins the channel like any user: with an RTC token for its uid.
        string token = RtcTokenBuilder2.BuildTokenWithUid(appId, appCertificate, Channel, RecorderUid, RtcTokenRole.Publisher, tokenExpire: 3600, privilegeExpire: 3600);

        AcquireResponse resource = await recording.AcquireAsync(appId, new MixAcquireRequest
        {
            Cname = Channel, Uid = uid, ClientRequest = new() { ResourceExpiredHour = 24 },
        });
        RecordingSessionResponse started = await recording.StartAsync(appId, resource.ResourceId!, new MixStartRequest
        {
            Cname = Channel,
            Uid = uid,
            ClientRequest = new MixStartClientRequest
            {
                Token = token,
                StorageConfig = storage,
                RecordingConfig = new() { ChannelType = ChannelType.Communication },
            },
        });
        Console.WriteLine($"8. Recording channel '{Channel}': sid {started.Sid}");

        QueryRecordingResponse query = await recording.QueryAsync(appId, resource.ResourceId!, started.Sid!);
        RecordingStatus? status = query.ServerResponse?.Status;
        Console.WriteLine($"9. Recording status: {(int?)status} ({status})");

        StopRecordingResponse stopped = await recording.StopAsync(appId, resource.ResourceId!, started.Sid!, new StopRecordingRequest
        {
            Cname = Channel, Uid = uid, ClientRequest = new() { AsyncStop = false },
        });
        Console.WriteLine($"10. Stopped; files {stopped.ServerResponse?.UploadingStatus}: {string.Join(", ", stopped.ServerResponse?.FileList?.FileNames ?? [])}");
    }
}
