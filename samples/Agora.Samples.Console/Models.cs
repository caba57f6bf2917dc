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

/// <summary>Source-generated JSON metadata: with it the clients use no reflection (trimming and AOT friendly).</summary>
[JsonSourceGenerationOptions(System.Text.Json.JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(ProjectList))]
[JsonSerializable(typeof(ChannelListResponse))]
[JsonSerializable(typeof(NewKickingRule))]
[JsonSerializable(typeof(KickingRuleCreated))]
[JsonSerializable(typeof(KickingRuleList))]
[JsonSerializable(typeof(KickingRuleReference))]
[JsonSerializable(typeof(KickingRuleDeleted))]
public sealed partial class SampleJsonContext : JsonSerializerContext
{
}
