using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace Agora.Samples.ConsoleApp;

public sealed record Project(
    string Id,
    string Name,
    [property: JsonPropertyName("vendor_key")] string VendorKey,
    int Status);

public sealed record ProjectList(IReadOnlyList<Project> Projects);

public sealed record ChannelSummary(
    [property: JsonPropertyName("channel_name")] string ChannelName,
    [property: JsonPropertyName("user_count")] int UserCount);

public sealed record ChannelPage(
    IReadOnlyList<ChannelSummary> Channels,
    [property: JsonPropertyName("total_size")] int TotalSize);

public sealed record ChannelListResponse(bool Success, ChannelPage Data);

public sealed record NewKickingRule(
    [property: JsonPropertyName("appid")] string AppId,
    string? Cname,
    long? Uid,
    int Time,
    IReadOnlyList<string> Privileges);

public sealed record KickingRuleCreated(string Status, long Id);

public sealed record KickingRule(
    long Id,
    [property: JsonPropertyName("appid")] string AppId,
    string? Cname,
    long? Uid,
    IReadOnlyList<string> Privileges);

public sealed record KickingRuleList(string Status, IReadOnlyList<KickingRule> Rules);

public sealed record KickingRuleReference([property: JsonPropertyName("appid")] string AppId, long Id);

public sealed record KickingRuleDeleted(string Status, long Id);

public sealed record UserEvent([property: JsonPropertyName("user_id")] string UserId, string Type, long Ms);

public sealed record UserEventList(string Result, IReadOnlyList<UserEvent> Events);

public sealed record PeerMessage(string Destination, string Payload);

public sealed record ChannelMessage([property: JsonPropertyName("channel_name")] string ChannelName, string Payload);

public sealed record SignalingResult(string Result, string Code);

public enum RecordingMode
{
    [JsonStringEnumMemberName("individual")] Individual,
    [JsonStringEnumMemberName("mix")] Mix,
    [JsonStringEnumMemberName("web")] Web,
}

public sealed record AcquireRequest(string Cname, string Uid, AcquireOptions ClientRequest);

public sealed record AcquireOptions(int ResourceExpiredHour);

public sealed record RecordingResource(string ResourceId);

/// <summary>Where recordings go: your cloud storage bucket and its keys, which come from configuration.</summary>
public sealed record StorageConfig(int Vendor, int Region, string Bucket, string AccessKey, string SecretKey);

public sealed record StartOptions(StorageConfig StorageConfig);

public sealed record StartRequest(string Cname, string Uid, StartOptions ClientRequest);

public sealed record RecordingStarted(string ResourceId, string Sid);

public sealed record RecordingStatus(int Status);

public sealed record RecordingQuery(string Sid, RecordingStatus ServerResponse);

public sealed record StopRequest(string Cname, string Uid, StopOptions ClientRequest);

public sealed record StopOptions([property: JsonPropertyName("async_stop")] bool AsyncStop);

public sealed record RecordedFile(string FileName);

public sealed record StopResult(IReadOnlyList<RecordedFile> FileList, string UploadingStatus);

public sealed record RecordingStopped(string Sid, StopResult ServerResponse);

/// <summary>Source-generated JSON metadata: with it the clients use no reflection (trimming and AOT friendly).</summary>
[JsonSourceGenerationOptions(System.Text.Json.JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(ProjectList))]
[JsonSerializable(typeof(ChannelListResponse))]
[JsonSerializable(typeof(NewKickingRule))]
[JsonSerializable(typeof(KickingRuleCreated))]
[JsonSerializable(typeof(KickingRuleList))]
[JsonSerializable(typeof(KickingRuleReference))]
[JsonSerializable(typeof(KickingRuleDeleted))]
[JsonSerializable(typeof(UserEventList))]
[JsonSerializable(typeof(PeerMessage))]
[JsonSerializable(typeof(ChannelMessage))]
[JsonSerializable(typeof(SignalingResult))]
[JsonSerializable(typeof(AcquireRequest))]
[JsonSerializable(typeof(RecordingResource))]
[JsonSerializable(typeof(StartRequest))]
[JsonSerializable(typeof(RecordingStarted))]
[JsonSerializable(typeof(RecordingQuery))]
[JsonSerializable(typeof(StopRequest))]
[JsonSerializable(typeof(RecordingStopped))]
public sealed partial class SampleJsonContext : JsonSerializerContext
{
}
