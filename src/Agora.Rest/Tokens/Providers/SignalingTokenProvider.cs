using System.Threading;
using System.Threading.Tasks;

namespace Agora.Rest.Tokens;

/// <summary>
/// Supplies Signaling (RTM) AccessToken2 tokens for one user id, built on this server from the App ID and
/// App Certificate, cached, and renewed before they expire. Its tokens carry the user id as
/// <see cref="AgoraToken.Uid"/>, so the legacy <c>x-agora-uid</c> scheme works too.
/// </summary>
public sealed class SignalingTokenProvider : IAgoraTokenProvider
{
    private readonly RenewingTokenSource _source;

    /// <summary>Creates the provider; nothing is built until the first request.</summary>
    /// <param name="appId">The App ID: 32 hexadecimal characters.</param>
    /// <param name="appCertificate">The App Certificate: 32 hexadecimal characters. Keep it on the server.</param>
    /// <param name="userId">The Signaling user the tokens log in; REST calls must name the same user.</param>
    /// <param name="options">Lifetime, renewal margin and clock.</param>
    public SignalingTokenProvider(string appId, [AgoraSecret] string appCertificate, string userId, TokenProviderOptions? options = null)
    {
        TokenInputs.ValidateAppId(appId);
        TokenInputs.ValidateCertificate(appCertificate);
        TokenInputs.ValidateText(userId, nameof(userId));
        string? uid = TokenUid.ForHeader(userId);
        _source = new RenewingTokenSource(
            (issue, lifetime) => new AgoraToken(
                RtmTokenBuilder2.BuildToken(appId, appCertificate, userId, lifetime, issue),
                uid,
                issue.IssuedAt.AddSeconds(lifetime)),
            options);
    }

    /// <summary>How many tokens this provider has built.</summary>
    public int TokensBuilt => _source.BuildCount;

    /// <inheritdoc/>
    public ValueTask<AgoraToken> GetTokenAsync(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return new ValueTask<AgoraToken>(_source.Current());
    }
}
