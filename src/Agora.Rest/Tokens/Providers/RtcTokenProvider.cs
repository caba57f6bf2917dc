using System;
using System.Globalization;
using System.Threading;
using System.Threading.Tasks;

namespace Agora.Rest.Tokens;

/// <summary>
/// Supplies RTC AccessToken2 tokens for one channel and user, built on this server from the App ID and
/// App Certificate, cached, and renewed before they expire. Its tokens carry the uid as
/// <see cref="AgoraToken.Uid"/>, so the legacy <c>x-agora-uid</c> scheme works too.
/// </summary>
public sealed class RtcTokenProvider : IAgoraTokenProvider
{
    private readonly RenewingTokenSource _source;

    /// <summary>Creates the provider for a numeric uid; nothing is built until the first request.</summary>
    /// <param name="appId">The App ID: 32 hexadecimal characters.</param>
    /// <param name="appCertificate">The App Certificate: 32 hexadecimal characters. Keep it on the server.</param>
    /// <param name="channelName">The channel.</param>
    /// <param name="uid">The uid; 0 allows any.</param>
    /// <param name="role">Publisher (join and publish) or subscriber (join only).</param>
    /// <param name="options">Lifetime, renewal margin and clock.</param>
    public RtcTokenProvider(string appId, [AgoraSecret] string appCertificate, string channelName, uint uid, RtcTokenRole role = RtcTokenRole.Publisher, TokenProviderOptions? options = null)
        : this(appId, appCertificate, channelName, AccessToken.UidText(uid), uid.ToString(CultureInfo.InvariantCulture), role, options)
    {
    }

    /// <summary>Creates the provider for a user account; nothing is built until the first request.</summary>
    /// <param name="appId">The App ID: 32 hexadecimal characters.</param>
    /// <param name="appCertificate">The App Certificate: 32 hexadecimal characters. Keep it on the server.</param>
    /// <param name="channelName">The channel.</param>
    /// <param name="account">The user account.</param>
    /// <param name="role">Publisher (join and publish) or subscriber (join only).</param>
    /// <param name="options">Lifetime, renewal margin and clock.</param>
    public RtcTokenProvider(string appId, [AgoraSecret] string appCertificate, string channelName, string account, RtcTokenRole role = RtcTokenRole.Publisher, TokenProviderOptions? options = null)
        : this(appId, appCertificate, channelName, account, account, role, options)
    {
    }

    private RtcTokenProvider(string appId, string appCertificate, string channelName, string account, string uidHeader, RtcTokenRole role, TokenProviderOptions? options)
    {
        TokenInputs.ValidateAppId(appId);
        TokenInputs.ValidateCertificate(appCertificate);
        TokenInputs.ValidateText(channelName, nameof(channelName));
        TokenInputs.ValidateText(account, nameof(account));
        if (role is not (RtcTokenRole.Publisher or RtcTokenRole.Subscriber))
        {
            throw new ArgumentOutOfRangeException(nameof(role), role, "The role is Publisher or Subscriber.");
        }

        string? uid = TokenUid.ForHeader(uidHeader);
        _source = new RenewingTokenSource(
            (issue, lifetime) => new AgoraToken(
                RtcTokenBuilder2.BuildTokenWithUserAccount(appId, appCertificate, channelName, account, role, lifetime, lifetime, issue),
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
