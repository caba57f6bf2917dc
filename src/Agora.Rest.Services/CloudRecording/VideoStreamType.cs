namespace Agora.Rest.Services.CloudRecording;

/// <summary>Which layer of a dual-stream sender the recorder takes (<c>recordingConfig.videoStreamType</c>).</summary>
public enum VideoStreamType
{
    /// <summary><c>0</c>: the high-resolution, high-bitrate stream (the default).</summary>
    High = 0,

    /// <summary><c>1</c>: the low-resolution, low-bitrate stream.</summary>
    Low = 1,
}
