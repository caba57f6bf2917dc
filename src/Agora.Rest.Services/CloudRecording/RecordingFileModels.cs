using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace Agora.Rest.Services.CloudRecording;

/// <summary>
/// Which files a recording writes (<c>recordingFileConfig</c>). Leave it out only for screenshot-only individual
/// recording; set it in every other case.
/// </summary>
public sealed class RecordingFileConfig
{
    /// <summary>
    /// The formats, <c>["hls"]</c> by default. Individual mode: keep the default. Mix and web: <c>["hls","mp4"]</c> to get
    /// MP4 too (mix starts a new MP4 after about 2 hours or 2 GB; web after <c>maxVideoDuration</c>). <c>["mp4"]</c> alone is
    /// rejected.
    /// </summary>
    [JsonPropertyName("avFileType")]
    public IReadOnlyList<AvFileType>? AvFileTypes { get; set; }
}
