using System.Text.Json.Serialization;

namespace Agora.Rest.Services.CloudRecording;

/// <summary>What acquire answers: the resource to start one recording with.</summary>
public sealed class AcquireResponse
{
    /// <summary>The channel name sent.</summary>
    [JsonPropertyName("cname")]
    public string? Cname { get; set; }

    /// <summary>The recorder's UID sent.</summary>
    [JsonPropertyName("uid")]
    public string? Uid { get; set; }

    /// <summary>The resource ID for start; it lapses after 5 minutes (start within 2 seconds is best).</summary>
    [JsonPropertyName("resourceId")]
    public string? ResourceId { get; set; }
}

/// <summary>What start, update and updateLayout answer: the session's identifiers.</summary>
public sealed class RecordingSessionResponse
{
    /// <summary>The channel name.</summary>
    [JsonPropertyName("cname")]
    public string? Cname { get; set; }

    /// <summary>The recorder's UID.</summary>
    [JsonPropertyName("uid")]
    public string? Uid { get; set; }

    /// <summary>The resource ID the session runs on.</summary>
    [JsonPropertyName("resourceId")]
    public string? ResourceId { get; set; }

    /// <summary>
    /// The recording ID (sid) for query, update, updateLayout and stop. A sid only means start was accepted: query it to
    /// confirm the recorder actually runs.
    /// </summary>
    [JsonPropertyName("sid")]
    public string? Sid { get; set; }
}
