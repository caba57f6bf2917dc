using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Agora.ColdStart;

// The response of GET /dev/v1/projects, trimmed to what a caller reads.

public sealed record Project(string Id, string Name, [property: JsonPropertyName("vendor_key")] string VendorKey, int Status, long Created);

public sealed record ProjectList(IReadOnlyList<Project> Projects);

/// <summary>One source-generated context for every variant, so that JSON costs the same in all of them.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(ProjectList))]
public sealed partial class ColdStartJsonContext : JsonSerializerContext
{
}
