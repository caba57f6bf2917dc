namespace Agora.Rest.Tokens;

/// <summary>
/// Builds the tokens Agora's Real-time Speech-to-Text APIs accept, as Agora's <c>SttTokenBuilder.buildToken</c>: an RTC
/// service for the channel and uid, a Signaling login, and the Speech-to-Text service (type 10).
/// </summary>
public static class SttTokenBuilder
{
    /// <summary>A token for a Speech-to-Text task in <paramref name="channelName"/>, in Agora's parameter order.</summary>
    /// <param name="appId">The App ID.</param>
    /// <param name="appCertificate">The App Certificate; keep it on the server.</param>
    /// <param name="channelName">The channel.</param>
    /// <param name="rtcAccount">The RTC uid as text, or a string account, at most 255 bytes.</param>
    /// <param name="rtcRole">Publisher (join and publish) or subscriber (join only).</param>
    /// <param name="rtcTokenExpire">The token's lifetime in seconds.</param>
    /// <param name="joinChannelPrivilegeExpire">Seconds the user may join.</param>
    /// <param name="pubAudioPrivilegeExpire">Seconds a publisher may publish audio.</param>
    /// <param name="pubVideoPrivilegeExpire">Seconds a publisher may publish video.</param>
    /// <param name="pubDataStreamPrivilegeExpire">Seconds a publisher may publish data streams.</param>
    /// <param name="rtmUserId">The Signaling user id, at most 255 bytes.</param>
    /// <param name="rtmTokenExpire">Seconds the Signaling login lasts.</param>
    /// <param name="issue">The issue time and salt; now and random by default.</param>
    public static string BuildToken(string appId, [AgoraSecret] string appCertificate, string channelName, string rtcAccount, RtcTokenRole rtcRole, uint rtcTokenExpire,
        uint joinChannelPrivilegeExpire, uint pubAudioPrivilegeExpire, uint pubVideoPrivilegeExpire, uint pubDataStreamPrivilegeExpire,
        string rtmUserId, uint rtmTokenExpire, TokenIssue? issue = null) =>
        AccessToken2.Build(appId, appCertificate, rtcTokenExpire, RtcTokenBuilder2.RtcAndRtm(
            channelName, rtcAccount, rtcRole, joinChannelPrivilegeExpire, pubAudioPrivilegeExpire, pubVideoPrivilegeExpire, pubDataStreamPrivilegeExpire,
            rtmUserId, rtmTokenExpire, new SttService()), issue ?? TokenIssue.Now());
}
