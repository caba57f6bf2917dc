using System.Collections.Generic;
using System.Text.Json;

namespace Agora.Rest.Infrastructure;

/// <summary>Removes the secrets a client knows from text that came back from the server.</summary>
internal static class SecretRedactor
{
    private const string Mask = "<redacted>";

    // Very short values would mask ordinary words; real Agora secrets and tokens are far longer.
    private const int MinimumSecretLength = 6;

    /// <summary>Masks every known secret in <paramref name="text"/>, as written and as a JSON string would escape it.</summary>
    /// <param name="text">Server text: a body excerpt or one of its fields.</param>
    /// <param name="credentials">The client's credentials, whose secret parts are masked.</param>
    /// <param name="tokenValue">The token the request carried, if any.</param>
    /// <param name="wasCut">
    /// The text is the start of a longer body, so a secret may have been cut in two: a tail that begins one
    /// (at least <see cref="MinimumSecretLength"/> characters of it) is masked as well.
    /// </param>
    public static string? Redact(string? text, AgoraCredentials credentials, string? tokenValue, bool wasCut = false)
    {
        if (text is null || text.Length == 0)
        {
            return text;
        }

        foreach (string secret in Secrets(credentials, tokenValue))
        {
            text = Remove(text, secret);
            text = Remove(text, JsonEncodedText.Encode(secret).ToString());
            text = Remove(text, secret.Replace("/", "\\/"));
            if (wasCut)
            {
                text = RemoveTrailingStart(text, secret);
            }
        }

        return text;
    }

    private static IEnumerable<string> Secrets(AgoraCredentials credentials, string? tokenValue)
    {
        string?[] candidates =
        {
            credentials.CustomerSecret,
            credentials.SentBasicAuthorizationValue?.Substring(Agora.Wire.AgoraWire.BasicPrefix.Length),
            credentials.StaticToken?.Value,
            tokenValue,
        };

        foreach (string? candidate in candidates)
        {
            if (candidate is not null && candidate.Length >= MinimumSecretLength)
            {
                yield return candidate;
            }
        }
    }

    private static string Remove(string text, string secret) =>
        text.IndexOf(secret, System.StringComparison.Ordinal) < 0 ? text : text.Replace(secret, Mask);

    private static string RemoveTrailingStart(string text, string secret)
    {
        for (int length = System.Math.Min(secret.Length - 1, text.Length); length >= MinimumSecretLength; length--)
        {
            if (string.CompareOrdinal(text, text.Length - length, secret, 0, length) == 0)
            {
#if NET5_0_OR_GREATER
                return string.Concat(System.MemoryExtensions.AsSpan(text, 0, text.Length - length), Mask);
#else
                return text.Substring(0, text.Length - length) + Mask;
#endif
            }
        }

        return text;
    }
}
