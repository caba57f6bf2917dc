namespace Agora.Rest.Tokens;

/// <summary>
/// Builds the tokens Agora's Conversational AI APIs accept (<c>Authorization: agora token=…</c>), as Agora's
/// <c>ConvoAITokenBuilder.buildToken</c>: an RTC service for the agent's channel and uid, a Signaling login, and the
/// Conversational AI service (type 9). The channel and uid must be those of the request body.
/// </summary>
public static class ConvoAiTokenBuilder
{
    /// <summary>A token for an agent in <paramref name="channelName"/>, in Agora's parameter order.</summary>
    /// <param name="appId">The App ID.</param>
    /// <param name="appCertificate">The App Certificate; keep it on the server.</param>
    /// <param name="channelName">The channel the agent joins.</param>
    /// <param name="rtcAccount">The agent's RTC uid as text, or its string account, at most 255 bytes.</param>
    /// <param name="rtcRole">Publisher for an agent that speaks; subscriber gets the join privilege only.</param>
    /// <param name="rtcTokenExpire">The token's lifetime in seconds (Agora accepts at most 86,400 for Conversational AI).</param>
    /// <param name="joinChannelPrivilegeExpire">Seconds the agent may join.</param>
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
            rtmUserId, rtmTokenExpire, new ConvoAiService()), issue ?? TokenIssue.Now());
}
