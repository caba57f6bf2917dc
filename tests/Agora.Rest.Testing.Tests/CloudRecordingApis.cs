using System.Collections.Generic;
using System.Text.Json.Serialization;
using System.Threading;
using System.Threading.Tasks;

namespace Agora.Rest.Testing.Tests;

// Cloud Recording as a user declares it; the generator implements it.

[AgoraApi, BasicAuth]
public partial interface ICloudRecordingApi
{
    // Acquiring twice only leaves an unused resource id, which lapses: safe to retry.
    [Post("/v1/apps/{appId}/cloud_recording/acquire"), Idempotent]
    Task<Acquired> AcquireAsync(string appId, [Body] AcquireRequest request, CancellationToken cancellationToken = default);

    [Post("/v1/apps/{appId}/cloud_recording/resourceid/{resourceId}/mode/{mode}/start")]
    Task<RecordingStarted> StartAsync(string appId, string resourceId, RecordingMode mode, [Body] StartRecordingRequest request, CancellationToken cancellationToken = default);

    [Get("/v1/apps/{appId}/cloud_recording/resourceid/{resourceId}/sid/{sid}/mode/{mode}/query")]
    Task<RecordingStatus> QueryAsync(string appId, string resourceId, string sid, RecordingMode mode, CancellationToken cancellationToken = default);

    [Post("/v1/apps/{appId}/cloud_recording/resourceid/{resourceId}/sid/{sid}/mode/{mode}/update")]
    Task<RecordingUpdated> UpdateAsync(string appId, string resourceId, string sid, RecordingMode mode, [Body] UpdateRecordingRequest request, CancellationToken cancellationToken = default);

    [Post("/v1/apps/{appId}/cloud_recording/resourceid/{resourceId}/sid/{sid}/mode/{mode}/stop")]
    Task<RecordingStopped> StopAsync(string appId, string resourceId, string sid, RecordingMode mode, [Body] StopRecordingRequest request, CancellationToken cancellationToken = default);
}

public enum RecordingMode
{
    [JsonStringEnumMemberName("individual")] Individual,
    [JsonStringEnumMemberName("mix")] Mix,
    [JsonStringEnumMemberName("web")] Web,
}

public sealed record AcquireClientRequest(int? ResourceExpiredHour = null, int? Scene = null);

public sealed record AcquireRequest(string Cname, string Uid, AcquireClientRequest ClientRequest);

public sealed record Acquired(string Cname, string Uid, string ResourceId);

public sealed record StorageConfig(int Vendor, int Region, string Bucket, string AccessKey, string SecretKey, IReadOnlyList<string>? FileNamePrefix = null);

public sealed record StartClientRequest(StorageConfig? StorageConfig, string? Token = null);

public sealed record StartRecordingRequest(string Cname, string Uid, StartClientRequest ClientRequest);

public sealed record RecordingStarted(string Cname, string Uid, string ResourceId, string Sid);

public sealed record QueryServerResponse(int Status, string FileListMode);

public sealed record RecordingStatus(string ResourceId, string Sid, QueryServerResponse ServerResponse);

public sealed record UpdateRecordingRequest(string Cname, string Uid, object ClientRequest);

public sealed record RecordingUpdated(string ResourceId, string Sid, string Uid, string Cname);

public sealed record StopRecordingRequest(string Cname, string Uid, object ClientRequest);

public sealed record RecordedFile(string FileName, string TrackType, bool IsPlayable);

public sealed record StopServerResponse(string FileListMode, IReadOnlyList<RecordedFile> FileList, string UploadingStatus);

public sealed record RecordingStopped(string ResourceId, string Sid, StopServerResponse ServerResponse);
