namespace Agora.Rest.Tokens;

/// <summary>Builds Signaling (RTM) AccessToken2 tokens, with the method names of Agora's documentation.</summary>
public static class RtmTokenBuilder2
{
    /// <summary>A token that logs <paramref name="userId"/> in for <paramref name="expireSeconds"/>.</summary>
    /// <param name="appId">The App ID.</param>
    /// <param name="appCertificate">The App Certificate; keep it on the server.</param>
    /// <param name="userId">The Signaling user id; Signaling REST calls must name the same user.</param>
    /// <param name="expireSeconds">The token's and the login's lifetime in seconds (at most 86400).</param>
    /// <param name="issue">The issue time and salt; now and random by default.</param>
    public static string BuildToken(string appId, [AgoraSecret] string appCertificate, string userId, uint expireSeconds, TokenIssue? issue = null) =>
        AccessToken2.Build(appId, appCertificate, expireSeconds, new AccessToken2Service[]
        {
            new RtmService(userId).AddPrivilege(RtmPrivilege.Login, expireSeconds),
        }, issue ?? TokenIssue.Now());
}
