namespace Agora.Rest.Tokens;

/// <summary>What an RTC token lets its user do.</summary>
public enum RtcTokenRole
{
    /// <summary>Join and publish audio, video and data streams.</summary>
    Publisher = 1,

    /// <summary>Join only.</summary>
    Subscriber = 2,
}
