using System;
using System.Text.Json.Serialization;

namespace Agora.Rest.Services.MediaPull;

/// <summary>
/// A cloud player's run state (<c>status</c>).
/// </summary>
[JsonConverter(typeof(Converter))]
public readonly struct PlayerStatus : IEquatable<PlayerStatus>
{
    private readonly string? _value;

    /// <summary>Wraps a wire value, one of the known ones or one Agora added later.</summary>
    /// <param name="value">The exact wire text.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    public PlayerStatus(string value) => _value = value ?? throw new ArgumentNullException(nameof(value));

    /// <summary><c>idle</c>: created, not started yet.</summary>
    public static PlayerStatus Idle { get; } = new("idle");

    /// <summary><c>connecting</c>: connecting to the source or probing the stream.</summary>
    public static PlayerStatus Connecting { get; } = new("connecting");

    /// <summary><c>running</c>: playing into the channel.</summary>
    public static PlayerStatus Running { get; } = new("running");

    /// <summary><c>failed</c>: cannot reach the source or the stream cannot be played.</summary>
    public static PlayerStatus Failed { get; } = new("failed");

    /// <summary>The wire text; empty for <see langword="default"/>.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Whether both carry the same wire text (ordinal comparison).</summary>
    /// <param name="other">The value to compare with.</param>
    public bool Equals(PlayerStatus other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

    /// <summary>Whether <paramref name="obj"/> is a value with the same wire text.</summary>
    /// <param name="obj">The object to compare with.</param>
    public override bool Equals(object? obj) => obj is PlayerStatus other && Equals(other);

    /// <summary>The hash of the wire text (ordinal).</summary>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

    /// <summary>The wire text, as sent and received.</summary>
    public override string ToString() => Value;

    /// <summary>Whether both carry the same wire text.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    public static bool operator ==(PlayerStatus left, PlayerStatus right) => left.Equals(right);

    /// <summary>Whether the wire texts differ.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    public static bool operator !=(PlayerStatus left, PlayerStatus right) => !left.Equals(right);

    internal sealed class Converter : StringValueConverter<PlayerStatus>
    {
        protected override PlayerStatus FromWire(string value) => new(value);
    }
}
