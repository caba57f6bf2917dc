namespace Agora.Rest.Tokens;

/// <summary>Builds full-path acceleration (FPA) AccessToken2 tokens, as Agora's builders do.</summary>
public static class FpaTokenBuilder2
{
    /// <summary>A token valid for 24 hours whose login privilege carries no separate expiry (0).</summary>
    /// <param name="appId">The App ID.</param>
    /// <param name="appCertificate">The App Certificate; keep it on the server.</param>
    /// <param name="issue">The issue time and salt; now and random by default.</param>
    public static string BuildToken(string appId, [AgoraSecret] string appCertificate, TokenIssue? issue = null) =>
        AccessToken2.Build(appId, appCertificate, TokenExpiry.MaxSeconds, new AccessToken2Service[]
        {
            new FpaService().AddPrivilege(FpaPrivilege.Login, 0),
        }, issue ?? TokenIssue.Now());
}
