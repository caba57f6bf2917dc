namespace Agora.Rest.Services.CloudRecording;

/// <summary>The channel profile (<c>recordingConfig.channelType</c>); it must match the profile the RTC SDK uses.</summary>
public enum ChannelType
{
    /// <summary><c>0</c>: communication (the default).</summary>
    Communication = 0,

    /// <summary><c>1</c>: live broadcasting.</summary>
    LiveBroadcasting = 1,
}
