using System;
using System.Text.Json.Serialization;

namespace Agora.Rest.Services.MediaPush;

/// <summary>
/// A converter's running state (<c>state</c>).
/// </summary>
[JsonConverter(typeof(Converter))]
public readonly struct ConverterState : IEquatable<ConverterState>
{
    private readonly string? _value;

    /// <summary>Wraps a wire value, one of the known ones or one Agora added later.</summary>
    /// <param name="value">The exact wire text.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    public ConverterState(string value) => _value = value ?? throw new ArgumentNullException(nameof(value));

    /// <summary><c>connecting</c>: connecting to Agora's push server and the CDN.</summary>
    public static ConverterState Connecting { get; } = new("connecting");

    /// <summary><c>running</c>: pushing.</summary>
    public static ConverterState Running { get; } = new("running");

    /// <summary><c>failed</c>: the push failed.</summary>
    public static ConverterState Failed { get; } = new("failed");

    /// <summary>The wire text; empty for <see langword="default"/>.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Whether both carry the same wire text (ordinal comparison).</summary>
    /// <param name="other">The value to compare with.</param>
    public bool Equals(ConverterState other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

    /// <summary>Whether <paramref name="obj"/> is a value with the same wire text.</summary>
    /// <param name="obj">The object to compare with.</param>
    public override bool Equals(object? obj) => obj is ConverterState other && Equals(other);

    /// <summary>The hash of the wire text (ordinal).</summary>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

    /// <summary>The wire text, as sent and received.</summary>
    public override string ToString() => Value;

    /// <summary>Whether both carry the same wire text.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    public static bool operator ==(ConverterState left, ConverterState right) => left.Equals(right);

    /// <summary>Whether the wire texts differ.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    public static bool operator !=(ConverterState left, ConverterState right) => !left.Equals(right);

    internal sealed class Converter : StringValueConverter<ConverterState>
    {
        protected override ConverterState FromWire(string value) => new(value);
    }
}
