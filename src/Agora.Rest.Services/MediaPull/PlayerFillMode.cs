using System;
using System.Text.Json.Serialization;

namespace Agora.Rest.Services.MediaPull;

/// <summary>
/// How a cloud player's output video fills its frame (<c>videoOptions.fillMode</c>); <see cref="Fit"/> when omitted.
/// </summary>
[JsonConverter(typeof(Converter))]
public readonly struct PlayerFillMode : IEquatable<PlayerFillMode>
{
    private readonly string? _value;

    /// <summary>Wraps a wire value, one of the known ones or one Agora added later.</summary>
    /// <param name="value">The exact wire text.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    public PlayerFillMode(string value) => _value = value ?? throw new ArgumentNullException(nameof(value));

    /// <summary><c>fit</c>: scale so the whole picture shows (the default).</summary>
    public static PlayerFillMode Fit { get; } = new("fit");

    /// <summary><c>fill</c>: scale so the picture fills the frame.</summary>
    public static PlayerFillMode Fill { get; } = new("fill");

    /// <summary>The wire text; empty for <see langword="default"/>.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Whether both carry the same wire text (ordinal comparison).</summary>
    /// <param name="other">The value to compare with.</param>
    public bool Equals(PlayerFillMode other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

    /// <summary>Whether <paramref name="obj"/> is a value with the same wire text.</summary>
    /// <param name="obj">The object to compare with.</param>
    public override bool Equals(object? obj) => obj is PlayerFillMode other && Equals(other);

    /// <summary>The hash of the wire text (ordinal).</summary>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

    /// <summary>The wire text, as sent and received.</summary>
    public override string ToString() => Value;

    /// <summary>Whether both carry the same wire text.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    public static bool operator ==(PlayerFillMode left, PlayerFillMode right) => left.Equals(right);

    /// <summary>Whether the wire texts differ.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    public static bool operator !=(PlayerFillMode left, PlayerFillMode right) => !left.Equals(right);

    internal sealed class Converter : StringValueConverter<PlayerFillMode>
    {
        protected override PlayerFillMode FromWire(string value) => new(value);
    }
}
