using System;
using System.Text.Json.Serialization;

namespace Agora.Rest.Services.MediaPull;

/// <summary>
/// The built-in media encryption a cloud player uses in the channel (<c>encryptMode</c>); the GCM2 modes, which need a KDF salt, are the recommended ones.
/// </summary>
[JsonConverter(typeof(Converter))]
public readonly struct PlayerEncryptionMode : IEquatable<PlayerEncryptionMode>
{
    private readonly string? _value;

    /// <summary>Wraps a wire value, one of the known ones or one Agora added later.</summary>
    /// <param name="value">The exact wire text.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    public PlayerEncryptionMode(string value) => _value = value ?? throw new ArgumentNullException(nameof(value));

    /// <summary><c>aes-128-xts</c>: AES-128, XTS mode.</summary>
    public static PlayerEncryptionMode Aes128Xts { get; } = new("aes-128-xts");

    /// <summary><c>aes-256-xts</c>: AES-256, XTS mode.</summary>
    public static PlayerEncryptionMode Aes256Xts { get; } = new("aes-256-xts");

    /// <summary><c>aes-128-ecb</c>: AES-128, ECB mode.</summary>
    public static PlayerEncryptionMode Aes128Ecb { get; } = new("aes-128-ecb");

    /// <summary><c>sm4-128-ecb</c>: SM4-128, ECB mode.</summary>
    public static PlayerEncryptionMode Sm4128Ecb { get; } = new("sm4-128-ecb");

    /// <summary><c>aes-128-gcm</c>: AES-128, GCM mode.</summary>
    public static PlayerEncryptionMode Aes128Gcm { get; } = new("aes-128-gcm");

    /// <summary><c>aes-256-gcm</c>: AES-256, GCM mode.</summary>
    public static PlayerEncryptionMode Aes256Gcm { get; } = new("aes-256-gcm");

    /// <summary><c>aes-128-gcm2</c>: AES-128, GCM mode with a KDF salt (recommended).</summary>
    public static PlayerEncryptionMode Aes128Gcm2 { get; } = new("aes-128-gcm2");

    /// <summary><c>aes-256-gcm2</c>: AES-256, GCM mode with a KDF salt (recommended).</summary>
    public static PlayerEncryptionMode Aes256Gcm2 { get; } = new("aes-256-gcm2");

    /// <summary>The wire text; empty for <see langword="default"/>.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Whether both carry the same wire text (ordinal comparison).</summary>
    /// <param name="other">The value to compare with.</param>
    public bool Equals(PlayerEncryptionMode other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

    /// <summary>Whether <paramref name="obj"/> is a value with the same wire text.</summary>
    /// <param name="obj">The object to compare with.</param>
    public override bool Equals(object? obj) => obj is PlayerEncryptionMode other && Equals(other);

    /// <summary>The hash of the wire text (ordinal).</summary>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

    /// <summary>The wire text, as sent and received.</summary>
    public override string ToString() => Value;

    /// <summary>Whether both carry the same wire text.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    public static bool operator ==(PlayerEncryptionMode left, PlayerEncryptionMode right) => left.Equals(right);

    /// <summary>Whether the wire texts differ.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    public static bool operator !=(PlayerEncryptionMode left, PlayerEncryptionMode right) => !left.Equals(right);

    internal sealed class Converter : StringValueConverter<PlayerEncryptionMode>
    {
        protected override PlayerEncryptionMode FromWire(string value) => new(value);
    }
}
