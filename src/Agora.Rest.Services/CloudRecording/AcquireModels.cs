using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace Agora.Rest.Services.CloudRecording;

// One acquire request type per scenario: each sends the scene its mode needs (web recording must acquire with scene 1,
// the others with 0) and takes its own mode's start settings as startParameter, so neither can be mismatched.

/// <summary>Acquire's body for individual recording.</summary>
public sealed class IndividualAcquireRequest
{
    /// <summary>The channel to record. appid + cname + uid identify one recording; use another uid to record a channel twice.</summary>
    [JsonPropertyName("cname")]
    public required string Cname { get; set; }

    /// <summary>
    /// The recorder's UID in the channel: an integer in quotes, 1 to 2^32-1, used by no one else in the channel (every
    /// user of the channel must use integer UIDs). Start, update and stop must send the same one.
    /// </summary>
    [JsonPropertyName("uid")]
    public required string Uid { get; set; }

    /// <summary>The acquire options.</summary>
    [JsonPropertyName("clientRequest")]
    public required IndividualAcquireClientRequest ClientRequest { get; set; }
}

/// <summary>Acquire's options for individual recording; the scene is always real-time.</summary>
public sealed class IndividualAcquireClientRequest
{
    /// <summary>Always <see cref="RecordingScene.RealTime"/>: individual recording acquires real-time resources.</summary>
    [JsonPropertyName("scene")]
    public RecordingScene Scene { get; } = RecordingScene.RealTime;

    /// <summary>
    /// How long, in hours from a successful start, query, update, updateLayout and stop may be called: 1 to 720,
    /// default 72.
    /// </summary>
    [JsonPropertyName("resourceExpiredHour")]
    public int? ResourceExpiredHour { get; set; }

    /// <summary>
    /// The start settings in advance, for better placement: they must be valid and equal to the later start's
    /// <c>clientRequest</c>, or that start fails (acquire itself still succeeds).
    /// </summary>
    [JsonPropertyName("startParameter")]
    public IndividualStartClientRequest? StartParameter { get; set; }

    /// <summary>Resource IDs of other recordings to keep this one away from (a different region), for cross-region redundancy.</summary>
    [JsonPropertyName("excludeResourceIds")]
    public IReadOnlyList<string>? ExcludeResourceIds { get; set; }

    /// <summary>Keep the recorder within one area; by default the area of the calling server. The storage region must match it.</summary>
    [JsonPropertyName("region")]
    public CloudRecordingRegion? Region { get; set; }
}

/// <summary>Acquire's body for composite (mix) recording.</summary>
public sealed class MixAcquireRequest
{
    /// <summary>The channel to record. appid + cname + uid identify one recording; use another uid to record a channel twice.</summary>
    [JsonPropertyName("cname")]
    public required string Cname { get; set; }

    /// <summary>
    /// The recorder's UID in the channel: an integer in quotes, 1 to 2^32-1, used by no one else in the channel (every
    /// user of the channel must use integer UIDs). Start, update and stop must send the same one.
    /// </summary>
    [JsonPropertyName("uid")]
    public required string Uid { get; set; }

    /// <summary>The acquire options.</summary>
    [JsonPropertyName("clientRequest")]
    public required MixAcquireClientRequest ClientRequest { get; set; }
}

/// <summary>Acquire's options for composite (mix) recording; the scene is always real-time.</summary>
public sealed class MixAcquireClientRequest
{
    /// <summary>Always <see cref="RecordingScene.RealTime"/>: mix recording acquires real-time resources.</summary>
    [JsonPropertyName("scene")]
    public RecordingScene Scene { get; } = RecordingScene.RealTime;

    /// <summary>
    /// How long, in hours from a successful start, query, update, updateLayout and stop may be called: 1 to 720,
    /// default 72.
    /// </summary>
    [JsonPropertyName("resourceExpiredHour")]
    public int? ResourceExpiredHour { get; set; }

    /// <summary>
    /// The start settings in advance, for better placement: they must be valid and equal to the later start's
    /// <c>clientRequest</c>, or that start fails (acquire itself still succeeds).
    /// </summary>
    [JsonPropertyName("startParameter")]
    public MixStartClientRequest? StartParameter { get; set; }

    /// <summary>Resource IDs of other recordings to keep this one away from (a different region), for cross-region redundancy.</summary>
    [JsonPropertyName("excludeResourceIds")]
    public IReadOnlyList<string>? ExcludeResourceIds { get; set; }

    /// <summary>Keep the recorder within one area; by default the area of the calling server. The storage region must match it.</summary>
    [JsonPropertyName("region")]
    public CloudRecordingRegion? Region { get; set; }
}

/// <summary>Acquire's body for web page recording.</summary>
public sealed class WebAcquireRequest
{
    /// <summary>A name that tells this recording process apart (no channel is joined): at most 1,024 bytes.</summary>
    [JsonPropertyName("cname")]
    public required string Cname { get; set; }

    /// <summary>
    /// The recorder's UID: an integer in quotes, 1 to 2^32-1. appid + cname + uid identify one recording. Start, update
    /// and stop must send the same one.
    /// </summary>
    [JsonPropertyName("uid")]
    public required string Uid { get; set; }

    /// <summary>The acquire options.</summary>
    [JsonPropertyName("clientRequest")]
    public required WebAcquireClientRequest ClientRequest { get; set; }
}

/// <summary>Acquire's options for web page recording; the scene is always web.</summary>
public sealed class WebAcquireClientRequest
{
    /// <summary>
    /// Always <see cref="RecordingScene.Web"/>: web page recording needs a web resource, and Agora's default scene (0)
    /// would acquire a real-time one that a web start cannot use.
    /// </summary>
    [JsonPropertyName("scene")]
    public RecordingScene Scene { get; } = RecordingScene.Web;

    /// <summary>
    /// How long, in hours from a successful start, query, update and stop may be called: 1 to 720, default 72.
    /// </summary>
    [JsonPropertyName("resourceExpiredHour")]
    public int? ResourceExpiredHour { get; set; }

    /// <summary>
    /// The start settings in advance, for better placement: they must be valid and equal to the later start's
    /// <c>clientRequest</c>, or that start fails (acquire itself still succeeds).
    /// </summary>
    [JsonPropertyName("startParameter")]
    public WebStartClientRequest? StartParameter { get; set; }

    /// <summary>Resource IDs of other recordings to keep this one away from (a different region), for cross-region redundancy.</summary>
    [JsonPropertyName("excludeResourceIds")]
    public IReadOnlyList<string>? ExcludeResourceIds { get; set; }

    /// <summary>Keep the recorder within one area; by default the area of the calling server. The storage region must match it.</summary>
    [JsonPropertyName("region")]
    public CloudRecordingRegion? Region { get; set; }
}
