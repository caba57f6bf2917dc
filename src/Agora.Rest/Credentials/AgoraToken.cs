using System;

namespace Agora.Rest;

/// <summary>
/// A token for the AccessToken2 or legacy AccessToken scheme, with the user id it was built for
/// (required by the legacy scheme) and, when known, its expiry. <see cref="ToString"/> never shows the value.
/// </summary>
public sealed record AgoraToken
{
    /// <summary>Creates a token.</summary>
    /// <param name="Value">The token text, for example <c>007eJxT…</c>.</param>
    /// <param name="Uid">The user id the token was built for; required by <see cref="AgoraAuthScheme.AccessToken"/>.</param>
    /// <param name="ExpiresAt">When the token expires, if known.</param>
    /// <exception cref="ArgumentException">The value or uid is empty or holds characters a header cannot carry.</exception>
    public AgoraToken(string Value, string? Uid = null, DateTimeOffset? ExpiresAt = null)
    {
        CredentialValidation.ValidateToken(Value, "token");
        if (Uid is not null)
        {
            CredentialValidation.ValidateUid(Uid, "uid");
        }

        this.Value = Value;
        this.Uid = Uid;
        this.ExpiresAt = ExpiresAt;
    }

    /// <summary>The token text. Treat it as a secret.</summary>
    public string Value { get; }

    /// <summary>The user id the token was built for, or <see langword="null"/>.</summary>
    public string? Uid { get; }

    /// <summary>When the token expires, if known.</summary>
    public DateTimeOffset? ExpiresAt { get; }

    /// <summary>Deconstructs the token.</summary>
    public void Deconstruct(out string Value, out string? Uid, out DateTimeOffset? ExpiresAt)
    {
        Value = this.Value;
        Uid = this.Uid;
        ExpiresAt = this.ExpiresAt;
    }

    /// <summary>Describes the token without its value.</summary>
    public override string ToString() =>
        ExpiresAt is { } expiresAt
            ? $"AgoraToken {{ Value = <redacted>, Uid = {(Uid is null ? "none" : "set")}, ExpiresAt = {expiresAt:O} }}"
            : $"AgoraToken {{ Value = <redacted>, Uid = {(Uid is null ? "none" : "set")} }}";
}
