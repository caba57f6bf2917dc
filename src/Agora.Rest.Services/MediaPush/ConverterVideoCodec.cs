using System;
using System.Text.Json.Serialization;

namespace Agora.Rest.Services.MediaPush;

/// <summary>
/// The video codec of a converter's output (<c>videoOptions.codec</c>); <see cref="H264"/> when omitted, never empty.
/// </summary>
[JsonConverter(typeof(Converter))]
public readonly struct ConverterVideoCodec : IEquatable<ConverterVideoCodec>
{
    private readonly string? _value;

    /// <summary>Wraps a wire value, one of the known ones or one Agora added later.</summary>
    /// <param name="value">The exact wire text.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    public ConverterVideoCodec(string value) => _value = value ?? throw new ArgumentNullException(nameof(value));

    /// <summary><c>H.264</c>: H.264 (AVC), the default.</summary>
    public static ConverterVideoCodec H264 { get; } = new("H.264");

    /// <summary><c>H.265</c>: H.265 (HEVC); its only profile is main.</summary>
    public static ConverterVideoCodec H265 { get; } = new("H.265");

    /// <summary>The wire text; empty for <see langword="default"/>.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Whether both carry the same wire text (ordinal comparison).</summary>
    /// <param name="other">The value to compare with.</param>
    public bool Equals(ConverterVideoCodec other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

    /// <summary>Whether <paramref name="obj"/> is a value with the same wire text.</summary>
    /// <param name="obj">The object to compare with.</param>
    public override bool Equals(object? obj) => obj is ConverterVideoCodec other && Equals(other);

    /// <summary>The hash of the wire text (ordinal).</summary>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

    /// <summary>The wire text, as sent and received.</summary>
    public override string ToString() => Value;

    /// <summary>Whether both carry the same wire text.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    public static bool operator ==(ConverterVideoCodec left, ConverterVideoCodec right) => left.Equals(right);

    /// <summary>Whether the wire texts differ.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    public static bool operator !=(ConverterVideoCodec left, ConverterVideoCodec right) => !left.Equals(right);

    internal sealed class Converter : StringValueConverter<ConverterVideoCodec>
    {
        protected override ConverterVideoCodec FromWire(string value) => new(value);
    }
}
