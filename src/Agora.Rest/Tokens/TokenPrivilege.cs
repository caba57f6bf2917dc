using System;

namespace Agora.Rest.Tokens;

/// <summary>
/// One privilege in a token: its key and its expiry as the token stores it — seconds after the issue time
/// in AccessToken2, a Unix time in the legacy AccessToken (0: no expiry).
/// </summary>
public readonly struct TokenPrivilege : IEquatable<TokenPrivilege>
{
    /// <summary>Creates a privilege entry.</summary>
    public TokenPrivilege(ushort key, uint expire)
    {
        Key = key;
        Expire = expire;
    }

    /// <summary>The privilege number (for example 1 for RTC join channel).</summary>
    public ushort Key { get; }

    /// <summary>The expiry as stored: relative seconds (AccessToken2) or a Unix time (AccessToken).</summary>
    public uint Expire { get; }

    /// <inheritdoc/>
    public bool Equals(TokenPrivilege other) => Key == other.Key && Expire == other.Expire;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is TokenPrivilege other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => (Key << 16) ^ (int)Expire;

    /// <inheritdoc/>
    public override string ToString() => $"{Key}={Expire}";

    /// <summary>Equality.</summary>
    public static bool operator ==(TokenPrivilege left, TokenPrivilege right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    public static bool operator !=(TokenPrivilege left, TokenPrivilege right) => !left.Equals(right);
}
