using System;
using System.Diagnostics;
using System.Text;

namespace Agora.Rest;

/// <summary>
/// What a generated client authenticates with: HTTP Basic customer credentials, or a token provider for the
/// AccessToken2 and legacy AccessToken schemes. Values are checked when created, and never appear in
/// <see cref="ToString"/>, the debugger or exception messages.
/// </summary>
[DebuggerDisplay("{ToString(),nq}")]
public sealed class AgoraCredentials
{
    private readonly string? _basicAuthorizationValue;
    private readonly string? _customerSecret;
    private readonly IAgoraTokenProvider? _tokenProvider;
    private readonly bool _staticTokenHasUid;
    private readonly AgoraToken? _staticToken;

    // Basic credentials bound from configuration are built on first use: a container holding them beside token
    // credentials must be able to hand out the token ones without validating settings only the Basic ones need.
    private readonly Lazy<AgoraCredentials>? _deferredBasic;

    private AgoraCredentials(string basicAuthorizationValue, string customerSecret)
    {
        _basicAuthorizationValue = basicAuthorizationValue;
        _customerSecret = customerSecret;
    }

    private AgoraCredentials(Lazy<AgoraCredentials> deferredBasic)
    {
        _deferredBasic = deferredBasic;
    }

    private AgoraCredentials(IAgoraTokenProvider tokenProvider, AgoraToken? staticToken)
    {
        _tokenProvider = tokenProvider;
        _staticToken = staticToken;
        _staticTokenHasUid = staticToken?.Uid is not null;
    }

    /// <summary>
    /// HTTP Basic with the Customer ID and Customer Secret from Agora Console (RESTful API). The header value
    /// <c>Basic base64(utf8(customerId + ":" + customerSecret))</c> is computed once, here.
    /// Keep these on the server: the secret has account-wide power.
    /// </summary>
    /// <exception cref="ArgumentException">A value is null, empty, padded with whitespace, or holds control characters,
    /// or the id contains ':'.</exception>
    public static AgoraCredentials Basic(string customerId, [AgoraSecret] string customerSecret)
    {
        CredentialValidation.ValidateBasicPart(customerId, nameof(customerId), rejectColon: true);
        CredentialValidation.ValidateBasicPart(customerSecret, nameof(customerSecret), rejectColon: false);

        string encoded = Convert.ToBase64String(Encoding.UTF8.GetBytes(customerId + ":" + customerSecret));
        return new AgoraCredentials(Agora.Wire.AgoraWire.BasicPrefix + encoded, customerSecret);
    }

    /// <summary>
    /// Tokens from a provider that is asked for every request (for example one that renews AccessToken2
    /// tokens before they expire). Serves the AccessToken2 scheme, and the legacy AccessToken scheme when the
    /// provider's tokens carry a uid.
    /// </summary>
    public static AgoraCredentials Token(IAgoraTokenProvider provider)
    {
        if (provider is null)
        {
            throw new ArgumentNullException(nameof(provider));
        }

        return new AgoraCredentials(provider, staticToken: null);
    }

    /// <summary>
    /// One fixed token. Give <paramref name="uid"/> (the user id the token was built for) to use the legacy
    /// AccessToken scheme, which sends it as <c>x-agora-uid</c>.
    /// </summary>
    /// <exception cref="ArgumentException">The token or uid is empty or holds characters a header cannot carry.</exception>
    public static AgoraCredentials Token(string token, string? uid = null)
    {
        var value = new AgoraToken(token, uid);
        return new AgoraCredentials(new StaticAgoraTokenProvider(value), value);
    }

    /// <summary>
    /// HTTP Basic credentials that <paramref name="create"/> builds on first use (and again after it failed), for
    /// registrations bound from configuration.
    /// </summary>
    internal static AgoraCredentials DeferredBasic(Func<AgoraCredentials> create) =>
        new(new Lazy<AgoraCredentials>(
            () => create() is { IsBasic: true } built ? built : throw new InvalidOperationException("Deferred Basic credentials must build Basic credentials."),
            System.Threading.LazyThreadSafetyMode.PublicationOnly));

    /// <summary>The scheme family these credentials serve.</summary>
    public bool IsBasic => _basicAuthorizationValue is not null || _deferredBasic is not null;

    /// <summary>The precomputed <c>Authorization</c> value for HTTP Basic, or <see langword="null"/>.</summary>
    internal string? BasicAuthorizationValue => _basicAuthorizationValue ?? _deferredBasic?.Value._basicAuthorizationValue;

    /// <summary>Builds deferred credentials now, so that a missing setting surfaces where they are picked rather than at the first request.</summary>
    internal void Prepare()
    {
        _ = _deferredBasic?.Value;
        (_tokenProvider as DeferredTokenProvider)?.Prepare();
    }

    /// <summary>The token provider, or <see langword="null"/> for Basic credentials.</summary>
    internal IAgoraTokenProvider? TokenProvider => _tokenProvider;

    /// <summary>The fixed token given to <see cref="Token(string, string?)"/>, if any.</summary>
    internal AgoraToken? StaticToken => _staticToken;

    /// <summary>
    /// As <see cref="BasicAuthorizationValue"/>, without building deferred credentials: error texts are scrubbed of what
    /// was sent, and nothing was sent with credentials that were never built.
    /// </summary>
    internal string? SentBasicAuthorizationValue => _basicAuthorizationValue ?? (_deferredBasic is { IsValueCreated: true } built ? built.Value._basicAuthorizationValue : null);

    /// <summary>The customer secret, kept only so that error texts can be scrubbed of it.</summary>
    internal string? CustomerSecret => _customerSecret ?? (_deferredBasic is { IsValueCreated: true } built ? built.Value._customerSecret : null);

    /// <summary>
    /// Whether these credentials can authenticate a request with <paramref name="scheme"/>; when not,
    /// <paramref name="reason"/> says why in words a user can act on.
    /// </summary>
    internal bool CanServe(AgoraAuthScheme scheme, out string? reason)
    {
        reason = null;
        switch (scheme)
        {
            case AgoraAuthScheme.None:
                return true;
            case AgoraAuthScheme.Basic when !IsBasic:
                reason = "it uses HTTP Basic, which needs AgoraCredentials.Basic(customerId, customerSecret), but token credentials were given";
                return false;
            case AgoraAuthScheme.AccessToken2 when _tokenProvider is null:
                reason = "it uses AccessToken2, which needs AgoraCredentials.Token(...), but Basic credentials were given";
                return false;
            case AgoraAuthScheme.AccessToken when _tokenProvider is null:
                reason = "it uses the legacy AccessToken scheme, which needs AgoraCredentials.Token(...), but Basic credentials were given";
                return false;
            case AgoraAuthScheme.AccessToken when _staticToken is not null && !_staticTokenHasUid:
                reason = "it uses the legacy AccessToken scheme, which sends x-agora-uid, but the token was given without a uid; call AgoraCredentials.Token(token, uid)";
                return false;
            case AgoraAuthScheme.BasicOrAccessToken when !IsBasic:
                return CanServe(AgoraAuthScheme.AccessToken, out reason);
            default:
                return true;
        }
    }

    /// <summary>Names the kind of credentials, never their values.</summary>
    public override string ToString() =>
        IsBasic
            ? "AgoraCredentials { Scheme = Basic }"
            : _staticToken is not null
                ? "AgoraCredentials { Scheme = Token (fixed) }"
                : "AgoraCredentials { Scheme = Token (provider) }";
}
