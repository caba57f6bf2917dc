using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Agora.Rest.Benchmarks.PerCall;

// Response and request shapes of the three measured Agora APIs, trimmed to what a caller reads.

public sealed record Project(string Id, string Name, [property: JsonPropertyName("vendor_key")] string VendorKey, int Status, long Created);

public sealed record ProjectList(IReadOnlyList<Project> Projects);

public sealed record UserEvent([property: JsonPropertyName("userId")] string UserId, [property: JsonPropertyName("type")] int Type, [property: JsonPropertyName("ts")] long Timestamp);

public sealed record UserEvents([property: JsonPropertyName("result")] string Result, [property: JsonPropertyName("events")] IReadOnlyList<UserEvent> Events);

public sealed record KickingRuleRequest(
    [property: JsonPropertyName("appid")] string AppId,
    [property: JsonPropertyName("cname")] string Channel,
    [property: JsonPropertyName("uid")] long Uid,
    [property: JsonPropertyName("time")] int Minutes,
    [property: JsonPropertyName("privileges")] IReadOnlyList<string> Privileges);

public sealed record KickingRuleResult([property: JsonPropertyName("status")] string Status, [property: JsonPropertyName("id")] long Id);

/// <summary>One source-generated context for every variant, so JSON costs the same in all of them.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(ProjectList))]
[JsonSerializable(typeof(UserEvents))]
[JsonSerializable(typeof(KickingRuleRequest))]
[JsonSerializable(typeof(KickingRuleResult))]
public sealed partial class BenchmarkJsonContext : JsonSerializerContext
{
}
