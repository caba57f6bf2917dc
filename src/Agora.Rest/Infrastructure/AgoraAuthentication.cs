using System;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Agora.Wire;

namespace Agora.Rest.Infrastructure;

/// <summary>
/// Puts the credentials of one scheme on a request, byte for byte as Agora expects. Token providers are
/// asked for every request; a provider that completes synchronously costs no allocation here.
/// </summary>
internal static class AgoraAuthentication
{
    public const string AuthorizationHeader = AgoraWire.AuthorizationHeader;
    public const string TokenHeader = AgoraWire.TokenHeader;
    public const string UidHeader = AgoraWire.UidHeader;
    private const string AccessToken2Prefix = AgoraWire.AccessToken2Prefix;

    // The last token's header text, so a cached token costs no string concatenation per request. Recognised by its text,
    // not only as the same object: a provider that wraps an unchanged token anew on each call (from a string cache or a
    // setting) would otherwise pay a new header string every time.
    private sealed class TokenHeaderCache
    {
        public TokenHeaderCache(string tokenValue, string headerValue)
        {
            TokenValue = tokenValue;
            HeaderValue = headerValue;
        }

        public string TokenValue { get; }

        public string HeaderValue { get; }
    }

    [ThreadStatic]
    private static TokenHeaderCache? t_lastAccessToken2Header;

    /// <summary>Applies the scheme and returns the token value it sent, if any (for scrubbing error texts).</summary>
    public static ValueTask<string?> ApplyAsync(
        HttpRequestMessage request, AgoraAuthScheme scheme, AgoraCredentials credentials, CancellationToken cancellationToken)
    {
        switch (scheme)
        {
            case AgoraAuthScheme.None:
                return new ValueTask<string?>((string?)null);

            case AgoraAuthScheme.Basic:
                string basic = credentials.BasicAuthorizationValue
                    ?? throw new InvalidOperationException("This request uses HTTP Basic, but the client has token credentials.");
                request.Headers.TryAddWithoutValidation(AuthorizationHeader, basic);
                return new ValueTask<string?>((string?)null);

            default:
                return ApplyTokenAsync(request, scheme, credentials, cancellationToken);
        }
    }

    // Apart from ApplyAsync so that a Basic client's first call compiles none of the token path.
    private static ValueTask<string?> ApplyTokenAsync(
        HttpRequestMessage request, AgoraAuthScheme scheme, AgoraCredentials credentials, CancellationToken cancellationToken)
    {
        IAgoraTokenProvider provider = credentials.TokenProvider
            ?? throw new InvalidOperationException($"This request uses the {scheme} scheme, but the client has Basic credentials.");
        ValueTask<AgoraToken> pending = provider.GetTokenAsync(cancellationToken);
        return pending.IsCompletedSuccessfully
            ? new ValueTask<string?>(ApplyToken(request, scheme, pending.Result, provider))
            : AwaitAndApplyAsync(request, scheme, pending, provider);
    }

    private static async ValueTask<string?> AwaitAndApplyAsync(
        HttpRequestMessage request, AgoraAuthScheme scheme, ValueTask<AgoraToken> pending, IAgoraTokenProvider provider)
    {
        AgoraToken token = await pending.ConfigureAwait(false);
        return ApplyToken(request, scheme, token, provider);
    }

    private static string ApplyToken(HttpRequestMessage request, AgoraAuthScheme scheme, AgoraToken? token, IAgoraTokenProvider provider)
    {
        if (token is null)
        {
            throw new InvalidOperationException($"The token provider {DeferredTokenProvider.NameOf(provider)} returned null instead of an AgoraToken.");
        }

        if (scheme == AgoraAuthScheme.AccessToken2)
        {
            request.Headers.TryAddWithoutValidation(AuthorizationHeader, AccessToken2HeaderValue(token));
            return token.Value;
        }

        if (token.Uid is null)
        {
            throw new InvalidOperationException(
                $"The legacy AccessToken scheme sends x-agora-uid, but the token provider {DeferredTokenProvider.NameOf(provider)} returned a token without a uid. " +
                "Return new AgoraToken(value, uid) with the user id the token was built for.");
        }

        request.Headers.TryAddWithoutValidation(TokenHeader, token.Value);
        request.Headers.TryAddWithoutValidation(UidHeader, token.Uid);
        return token.Value;
    }

    private static string AccessToken2HeaderValue(AgoraToken token)
    {
        TokenHeaderCache? cache = t_lastAccessToken2Header;
        if (cache is not null && string.Equals(cache.TokenValue, token.Value, StringComparison.Ordinal))
        {
            return cache.HeaderValue;
        }

        string value = AccessToken2Prefix + token.Value;
        t_lastAccessToken2Header = new TokenHeaderCache(token.Value, value);
        return value;
    }
}
