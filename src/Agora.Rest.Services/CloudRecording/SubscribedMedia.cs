namespace Agora.Rest.Services.CloudRecording;

/// <summary>Which media the recorder subscribes to (<c>recordingConfig.streamTypes</c>).</summary>
public enum SubscribedMedia
{
    /// <summary><c>0</c>: audio only.</summary>
    AudioOnly = 0,

    /// <summary><c>1</c>: video only.</summary>
    VideoOnly = 1,

    /// <summary><c>2</c>: audio and video (the default).</summary>
    AudioAndVideo = 2,
}
