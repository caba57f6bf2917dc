using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace Agora.Samples.ConsoleApp;

public sealed record Project(
    string Id,
    string Name,
    [property: JsonPropertyName("vendor_key")] string VendorKey,
    int Status);

public sealed record ProjectList(IReadOnlyList<Project> Projects);

/// <summary>
/// Source-generated JSON metadata for the sample's own types: with it <see cref="IProjectApi"/>'s client uses no
/// reflection (trimming and AOT friendly). The Agora.Rest.Services clients bring their own context and ignore this one.
/// </summary>
[JsonSourceGenerationOptions(System.Text.Json.JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(ProjectList))]
[JsonSerializable(typeof(Dictionary<string, string>))] // a Conversational AI vendor's "params" object
public sealed partial class SampleJsonContext : JsonSerializerContext
{
}
