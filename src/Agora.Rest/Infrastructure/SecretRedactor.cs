namespace Agora.Rest.Infrastructure;

/// <summary>Removes the secrets a client knows from text that came back from the server.</summary>
internal static class SecretRedactor
{
    private const string Mask = "<redacted>";

    // Very short values would mask ordinary words; real Agora secrets and tokens are far longer.
    private const int MinimumSecretLength = 6;

    public static string? Redact(string? text, AgoraCredentials credentials, string? tokenValue)
    {
        if (text is null || text.Length == 0)
        {
            return text;
        }

        text = Remove(text, credentials.CustomerSecret);
        string? basic = credentials.BasicAuthorizationValue;
        if (basic is not null)
        {
            text = Remove(text, basic.Substring("Basic ".Length));
        }

        text = Remove(text, credentials.StaticToken?.Value);
        return Remove(text, tokenValue);
    }

    private static string Remove(string text, string? secret) =>
        secret is null || secret.Length < MinimumSecretLength || text.IndexOf(secret, System.StringComparison.Ordinal) < 0
            ? text
            : text.Replace(secret, Mask);
}
