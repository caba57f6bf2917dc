namespace Agora.Rest.Tokens;

/// <summary>Builds Chat AccessToken2 tokens, with the method names of Agora's documentation.</summary>
public static class ChatTokenBuilder2
{
    /// <summary>A token for one Chat user.</summary>
    /// <param name="appId">The App ID.</param>
    /// <param name="appCertificate">The App Certificate; keep it on the server.</param>
    /// <param name="userId">The Chat user id.</param>
    /// <param name="expireSeconds">The token's lifetime in seconds (at most 86400).</param>
    /// <param name="issue">The issue time and salt; now and random by default.</param>
    public static string BuildUserToken(string appId, [AgoraSecret] string appCertificate, string userId, uint expireSeconds, TokenIssue? issue = null) =>
        AccessToken2.Build(appId, appCertificate, expireSeconds, new AccessToken2Service[]
        {
            new ChatService(userId).AddPrivilege(ChatPrivilege.User, expireSeconds),
        }, issue ?? TokenIssue.Now());

    /// <summary>An app token, for Chat's server-side REST APIs.</summary>
    /// <param name="appId">The App ID.</param>
    /// <param name="appCertificate">The App Certificate; keep it on the server.</param>
    /// <param name="expireSeconds">The token's lifetime in seconds (at most 86400).</param>
    /// <param name="issue">The issue time and salt; now and random by default.</param>
    public static string BuildAppToken(string appId, [AgoraSecret] string appCertificate, uint expireSeconds, TokenIssue? issue = null) =>
        AccessToken2.Build(appId, appCertificate, expireSeconds, new AccessToken2Service[]
        {
            new ChatService(string.Empty).AddPrivilege(ChatPrivilege.App, expireSeconds),
        }, issue ?? TokenIssue.Now());
}
