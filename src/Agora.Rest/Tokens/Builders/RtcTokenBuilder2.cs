namespace Agora.Rest.Tokens;

/// <summary>
/// Builds RTC AccessToken2 tokens, with the method names of Agora's documentation. Expiries are seconds
/// after issue (at most 86400); the issue time is now and the salt random unless <c>issue</c> is given.
/// </summary>
public static class RtcTokenBuilder2
{
    /// <summary>A token for a numeric uid (0: any uid) with a role's privileges.</summary>
    /// <param name="appId">The App ID.</param>
    /// <param name="appCertificate">The App Certificate; keep it on the server.</param>
    /// <param name="channelName">The channel.</param>
    /// <param name="uid">The user's uid; 0 allows any.</param>
    /// <param name="role">Publisher (join and publish) or subscriber (join).</param>
    /// <param name="tokenExpire">The token's lifetime in seconds.</param>
    /// <param name="privilegeExpire">The privileges' lifetime in seconds.</param>
    /// <param name="issue">The issue time and salt; now and random by default.</param>
    public static string BuildTokenWithUid(string appId, [AgoraSecret] string appCertificate, string channelName, uint uid, RtcTokenRole role, uint tokenExpire, uint privilegeExpire, TokenIssue? issue = null) =>
        Build(appId, appCertificate, new RtcService(channelName, uid), role, tokenExpire, privilegeExpire, issue);

    /// <summary>A token for a user account (string uid) with a role's privileges.</summary>
    /// <param name="appId">The App ID.</param>
    /// <param name="appCertificate">The App Certificate; keep it on the server.</param>
    /// <param name="channelName">The channel.</param>
    /// <param name="account">The user account.</param>
    /// <param name="role">Publisher (join and publish) or subscriber (join).</param>
    /// <param name="tokenExpire">The token's lifetime in seconds.</param>
    /// <param name="privilegeExpire">The privileges' lifetime in seconds.</param>
    /// <param name="issue">The issue time and salt; now and random by default.</param>
    public static string BuildTokenWithUserAccount(string appId, [AgoraSecret] string appCertificate, string channelName, string account, RtcTokenRole role, uint tokenExpire, uint privilegeExpire, TokenIssue? issue = null) =>
        Build(appId, appCertificate, new RtcService(channelName, account), role, tokenExpire, privilegeExpire, issue);

    /// <summary>A token for a numeric uid with one expiry per privilege.</summary>
    /// <param name="appId">The App ID.</param>
    /// <param name="appCertificate">The App Certificate; keep it on the server.</param>
    /// <param name="channelName">The channel.</param>
    /// <param name="uid">The user's uid; 0 allows any.</param>
    /// <param name="tokenExpire">The token's lifetime in seconds.</param>
    /// <param name="joinChannelPrivilegeExpire">Seconds the user may join.</param>
    /// <param name="pubAudioPrivilegeExpire">Seconds the user may publish audio.</param>
    /// <param name="pubVideoPrivilegeExpire">Seconds the user may publish video.</param>
    /// <param name="pubDataStreamPrivilegeExpire">Seconds the user may publish data streams.</param>
    /// <param name="issue">The issue time and salt; now and random by default.</param>
    public static string BuildTokenWithUid(string appId, [AgoraSecret] string appCertificate, string channelName, uint uid, uint tokenExpire,
        uint joinChannelPrivilegeExpire, uint pubAudioPrivilegeExpire, uint pubVideoPrivilegeExpire, uint pubDataStreamPrivilegeExpire, TokenIssue? issue = null) =>
        AccessToken2.Build(appId, appCertificate, tokenExpire, new AccessToken2Service[]
        {
            WithEveryPrivilege(new RtcService(channelName, uid), joinChannelPrivilegeExpire, pubAudioPrivilegeExpire, pubVideoPrivilegeExpire, pubDataStreamPrivilegeExpire),
        }, issue ?? TokenIssue.Now());

    /// <summary>A token for a user account with one expiry per privilege.</summary>
    /// <param name="appId">The App ID.</param>
    /// <param name="appCertificate">The App Certificate; keep it on the server.</param>
    /// <param name="channelName">The channel.</param>
    /// <param name="account">The user account.</param>
    /// <param name="tokenExpire">The token's lifetime in seconds.</param>
    /// <param name="joinChannelPrivilegeExpire">Seconds the user may join.</param>
    /// <param name="pubAudioPrivilegeExpire">Seconds the user may publish audio.</param>
    /// <param name="pubVideoPrivilegeExpire">Seconds the user may publish video.</param>
    /// <param name="pubDataStreamPrivilegeExpire">Seconds the user may publish data streams.</param>
    /// <param name="issue">The issue time and salt; now and random by default.</param>
    public static string BuildTokenWithUserAccount(string appId, [AgoraSecret] string appCertificate, string channelName, string account, uint tokenExpire,
        uint joinChannelPrivilegeExpire, uint pubAudioPrivilegeExpire, uint pubVideoPrivilegeExpire, uint pubDataStreamPrivilegeExpire, TokenIssue? issue = null) =>
        AccessToken2.Build(appId, appCertificate, tokenExpire, new AccessToken2Service[]
        {
            WithEveryPrivilege(new RtcService(channelName, account), joinChannelPrivilegeExpire, pubAudioPrivilegeExpire, pubVideoPrivilegeExpire, pubDataStreamPrivilegeExpire),
        }, issue ?? TokenIssue.Now());

    /// <summary>An RTC token that also logs <paramref name="account"/> in to Signaling for <paramref name="tokenExpire"/>.</summary>
    /// <param name="appId">The App ID.</param>
    /// <param name="appCertificate">The App Certificate; keep it on the server.</param>
    /// <param name="channelName">The channel.</param>
    /// <param name="account">The user account, for RTC and Signaling.</param>
    /// <param name="role">Publisher (join and publish) or subscriber (join).</param>
    /// <param name="tokenExpire">The token's lifetime and the Signaling login's, in seconds.</param>
    /// <param name="privilegeExpire">The RTC privileges' lifetime in seconds.</param>
    /// <param name="issue">The issue time and salt; now and random by default.</param>
    public static string BuildTokenWithRtm(string appId, [AgoraSecret] string appCertificate, string channelName, string account, RtcTokenRole role, uint tokenExpire, uint privilegeExpire, TokenIssue? issue = null) =>
        AccessToken2.Build(appId, appCertificate, tokenExpire, new AccessToken2Service[]
        {
            WithRole(new RtcService(channelName, account), role, privilegeExpire),
            new RtmService(account).AddPrivilege(RtmPrivilege.Login, tokenExpire),
        }, issue ?? TokenIssue.Now());

    /// <summary>
    /// An RTC token with every privilege (each with its own expiry) plus a Signaling login for another user id: Agora's
    /// older <c>buildTokenWithRtm2</c>, which grants publishing to everyone. For an audience member use the overload with
    /// <see cref="RtcTokenRole"/>, which grants a subscriber the join privilege only.
    /// </summary>
    /// <param name="appId">The App ID.</param>
    /// <param name="appCertificate">The App Certificate; keep it on the server.</param>
    /// <param name="channelName">The channel.</param>
    /// <param name="rtcAccount">The RTC user account.</param>
    /// <param name="rtcTokenExpire">The token's lifetime in seconds.</param>
    /// <param name="joinChannelPrivilegeExpire">Seconds the user may join.</param>
    /// <param name="pubAudioPrivilegeExpire">Seconds the user may publish audio.</param>
    /// <param name="pubVideoPrivilegeExpire">Seconds the user may publish video.</param>
    /// <param name="pubDataStreamPrivilegeExpire">Seconds the user may publish data streams.</param>
    /// <param name="rtmUserId">The Signaling user id.</param>
    /// <param name="rtmTokenExpire">Seconds the Signaling login lasts.</param>
    /// <param name="issue">The issue time and salt; now and random by default.</param>
    public static string BuildTokenWithRtm2(string appId, [AgoraSecret] string appCertificate, string channelName, string rtcAccount, uint rtcTokenExpire,
        uint joinChannelPrivilegeExpire, uint pubAudioPrivilegeExpire, uint pubVideoPrivilegeExpire, uint pubDataStreamPrivilegeExpire,
        string rtmUserId, uint rtmTokenExpire, TokenIssue? issue = null) =>
        AccessToken2.Build(appId, appCertificate, rtcTokenExpire, new AccessToken2Service[]
        {
            WithEveryPrivilege(new RtcService(channelName, rtcAccount), joinChannelPrivilegeExpire, pubAudioPrivilegeExpire, pubVideoPrivilegeExpire, pubDataStreamPrivilegeExpire),
            new RtmService(rtmUserId).AddPrivilege(RtmPrivilege.Login, rtmTokenExpire),
        }, issue ?? TokenIssue.Now());

    /// <summary>
    /// An RTC token for <paramref name="rtcRole"/> plus a Signaling login, as Agora's <c>buildTokenWithRtm2</c> with its role
    /// parameter: a publisher gets join and the three publish privileges, each with its own expiry; a subscriber gets the
    /// join privilege only, whatever the publish expiries say.
    /// </summary>
    /// <param name="appId">The App ID.</param>
    /// <param name="appCertificate">The App Certificate; keep it on the server.</param>
    /// <param name="channelName">The channel.</param>
    /// <param name="rtcAccount">The RTC user account (a uid as text, or a string account), at most 255 bytes.</param>
    /// <param name="rtcRole">Publisher (a host) or subscriber (audience).</param>
    /// <param name="rtcTokenExpire">The token's lifetime in seconds.</param>
    /// <param name="joinChannelPrivilegeExpire">Seconds the user may join.</param>
    /// <param name="pubAudioPrivilegeExpire">Seconds a publisher may publish audio.</param>
    /// <param name="pubVideoPrivilegeExpire">Seconds a publisher may publish video.</param>
    /// <param name="pubDataStreamPrivilegeExpire">Seconds a publisher may publish data streams.</param>
    /// <param name="rtmUserId">The Signaling user id, at most 255 bytes.</param>
    /// <param name="rtmTokenExpire">Seconds the Signaling login lasts.</param>
    /// <param name="issue">The issue time and salt; now and random by default.</param>
    public static string BuildTokenWithRtm2(string appId, [AgoraSecret] string appCertificate, string channelName, string rtcAccount, RtcTokenRole rtcRole, uint rtcTokenExpire,
        uint joinChannelPrivilegeExpire, uint pubAudioPrivilegeExpire, uint pubVideoPrivilegeExpire, uint pubDataStreamPrivilegeExpire,
        string rtmUserId, uint rtmTokenExpire, TokenIssue? issue = null) =>
        AccessToken2.Build(appId, appCertificate, rtcTokenExpire, RtcAndRtm(
            channelName, rtcAccount, rtcRole, joinChannelPrivilegeExpire, pubAudioPrivilegeExpire, pubVideoPrivilegeExpire, pubDataStreamPrivilegeExpire,
            rtmUserId, rtmTokenExpire), issue ?? TokenIssue.Now());

    /// <summary>
    /// The RTC service for a role (join always; the publish privileges for a publisher only) and the Signaling login that
    /// Agora's RTC+RTM, Conversational AI and Speech-to-Text builders share.
    /// </summary>
    internal static AccessToken2Service[] RtcAndRtm(string channelName, string rtcAccount, RtcTokenRole rtcRole,
        uint join, uint audio, uint video, uint data, string rtmUserId, uint rtmTokenExpire, AccessToken2Service? third = null)
    {
        var rtc = new RtcService(channelName, rtcAccount).AddPrivilege(RtcPrivilege.JoinChannel, join);
        if (rtcRole == RtcTokenRole.Publisher)
        {
            rtc.AddPrivilege(RtcPrivilege.PublishAudioStream, audio)
                .AddPrivilege(RtcPrivilege.PublishVideoStream, video)
                .AddPrivilege(RtcPrivilege.PublishDataStream, data);
        }
        else if (rtcRole != RtcTokenRole.Subscriber)
        {
            throw new System.ArgumentOutOfRangeException(nameof(rtcRole), rtcRole, "The role is Publisher or Subscriber.");
        }

        var rtm = new RtmService(rtmUserId).AddPrivilege(RtmPrivilege.Login, rtmTokenExpire);
        return third is null ? new AccessToken2Service[] { rtc, rtm } : new AccessToken2Service[] { rtc, rtm, third };
    }

    private static string Build(string appId, string appCertificate, RtcService service, RtcTokenRole role, uint tokenExpire, uint privilegeExpire, TokenIssue? issue) =>
        AccessToken2.Build(appId, appCertificate, tokenExpire, new AccessToken2Service[] { WithRole(service, role, privilegeExpire) }, issue ?? TokenIssue.Now());

    private static RtcService WithRole(RtcService service, RtcTokenRole role, uint privilegeExpire)
    {
        service.AddPrivilege(RtcPrivilege.JoinChannel, privilegeExpire);
        if (role == RtcTokenRole.Publisher)
        {
            service.AddPrivilege(RtcPrivilege.PublishAudioStream, privilegeExpire)
                .AddPrivilege(RtcPrivilege.PublishVideoStream, privilegeExpire)
                .AddPrivilege(RtcPrivilege.PublishDataStream, privilegeExpire);
        }
        else if (role != RtcTokenRole.Subscriber)
        {
            throw new System.ArgumentOutOfRangeException(nameof(role), role, "The role is Publisher or Subscriber.");
        }

        return service;
    }

    private static RtcService WithEveryPrivilege(RtcService service, uint join, uint audio, uint video, uint data) =>
        service.AddPrivilege(RtcPrivilege.JoinChannel, join)
            .AddPrivilege(RtcPrivilege.PublishAudioStream, audio)
            .AddPrivilege(RtcPrivilege.PublishVideoStream, video)
            .AddPrivilege(RtcPrivilege.PublishDataStream, data);
}
