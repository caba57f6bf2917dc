using System;
using System.Text.Json.Serialization;

namespace Agora.Rest.Services.CloudTranscoding;

/// <summary>
/// How a canvas background image or a watermark fills its area (<c>fillMode</c>); the default is <see cref="Fill"/>.
/// </summary>
[JsonConverter(typeof(Converter))]
public readonly struct TranscoderFillMode : IEquatable<TranscoderFillMode>
{
    private readonly string? _value;

    /// <summary>Wraps a wire value, one of the known ones or one Agora added later.</summary>
    /// <param name="value">The exact wire text.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    public TranscoderFillMode(string value) => _value = value ?? throw new ArgumentNullException(nameof(value));

    /// <summary><c>FILL</c>: cover the whole area (the default).</summary>
    public static TranscoderFillMode Fill { get; } = new("FILL");

    /// <summary><c>FIT</c>: show the whole image inside the area.</summary>
    public static TranscoderFillMode Fit { get; } = new("FIT");

    /// <summary>The wire text; empty for <see langword="default"/>.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Whether both carry the same wire text (ordinal comparison).</summary>
    /// <param name="other">The value to compare with.</param>
    public bool Equals(TranscoderFillMode other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

    /// <summary>Whether <paramref name="obj"/> is a value with the same wire text.</summary>
    /// <param name="obj">The object to compare with.</param>
    public override bool Equals(object? obj) => obj is TranscoderFillMode other && Equals(other);

    /// <summary>The hash of the wire text (ordinal).</summary>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

    /// <summary>The wire text, as sent and received.</summary>
    public override string ToString() => Value;

    /// <summary>Whether both carry the same wire text.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    public static bool operator ==(TranscoderFillMode left, TranscoderFillMode right) => left.Equals(right);

    /// <summary>Whether the wire texts differ.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    public static bool operator !=(TranscoderFillMode left, TranscoderFillMode right) => !left.Equals(right);

    internal sealed class Converter : StringValueConverter<TranscoderFillMode>
    {
        protected override TranscoderFillMode FromWire(string value) => new(value);
    }
}
