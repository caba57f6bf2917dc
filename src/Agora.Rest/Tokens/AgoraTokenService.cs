namespace Agora.Rest.Tokens;

/// <summary>The services an AccessToken2 can grant, with the type numbers the token carries.</summary>
public enum AgoraTokenService : ushort
{
    /// <summary>Video and Voice Calling, Interactive Live Streaming.</summary>
    Rtc = 1,

    /// <summary>Signaling (RTM) login.</summary>
    Rtm = 2,

    /// <summary>Media streaming (publish mixed or raw streams).</summary>
    Streaming = 3,

    /// <summary>Full-path acceleration.</summary>
    Fpa = 4,

    /// <summary>Chat.</summary>
    Chat = 5,

    /// <summary>Fusion CDN.</summary>
    Fcdn = 6,

    /// <summary>Flexible Classroom (APaaS).</summary>
    Apaas = 7,

    /// <summary>Signaling with per-resource permissions.</summary>
    Rtm2 = 8,

    /// <summary>Conversational AI: the service itself carries no privilege; it rides with an RTC and a Signaling service.</summary>
    ConvoAi = 9,

    /// <summary>Real-time Speech-to-Text: no privilege of its own; it rides with an RTC and a Signaling service.</summary>
    Stt = 10,
}
