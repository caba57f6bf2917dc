using System;
using System.Linq;
using System.Threading.Tasks;

namespace Agora.Samples.ConsoleApp;

/// <summary>Cloud Recording: acquire a resource, record a channel, check on it, stop it and list the files.</summary>
internal static class CloudRecordingSteps
{
    public static async Task RunAsync(ICloudRecordingApi recording, string appId, StorageConfig storage)
    {
        const string Channel = "stage";
        const string RecorderUid = "527841"; // the recorder joins the channel as this uid: one no user has

        RecordingResource resource = await recording.AcquireAsync(appId, new AcquireRequest(Channel, RecorderUid, new AcquireOptions(ResourceExpiredHour: 24)));
        RecordingStarted started = await recording.StartAsync(appId, resource.ResourceId, RecordingMode.Mix,
            new StartRequest(Channel, RecorderUid, new StartOptions(storage)));
        Console.WriteLine($"8. Recording channel '{Channel}': sid {started.Sid}");

        RecordingQuery query = await recording.QueryAsync(appId, resource.ResourceId, started.Sid, RecordingMode.Mix);
        Console.WriteLine($"9. Recording status: {query.ServerResponse.Status} (5 = recording)");

        RecordingStopped stopped = await recording.StopAsync(appId, resource.ResourceId, started.Sid, RecordingMode.Mix,
            new StopRequest(Channel, RecorderUid, new StopOptions(AsyncStop: false)));
        Console.WriteLine($"10. Stopped; files {stopped.ServerResponse.UploadingStatus}: {string.Join(", ", stopped.ServerResponse.FileList.Select(f => f.FileName))}");
    }
}
