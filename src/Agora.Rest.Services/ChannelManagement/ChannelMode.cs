namespace Agora.Rest.Services.ChannelManagement;

/// <summary>The channel profile of an RTC channel, as Agora reports it (<c>mode</c>).</summary>
public enum ChannelMode
{
    /// <summary>COMMUNICATION: every user can publish.</summary>
    Communication = 1,

    /// <summary>LIVE_BROADCASTING: hosts publish, the audience watches.</summary>
    LiveBroadcasting = 2,
}
