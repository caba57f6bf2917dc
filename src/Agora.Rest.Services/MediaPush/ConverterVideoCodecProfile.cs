using System;
using System.Text.Json.Serialization;

namespace Agora.Rest.Services.MediaPush;

/// <summary>
/// The video encoding profile of a converter's output (<c>videoOptions.codecProfile</c>): high by default with H.264, main (the only one) with H.265.
/// </summary>
[JsonConverter(typeof(Converter))]
public readonly struct ConverterVideoCodecProfile : IEquatable<ConverterVideoCodecProfile>
{
    private readonly string? _value;

    /// <summary>Wraps a wire value, one of the known ones or one Agora added later.</summary>
    /// <param name="value">The exact wire text.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    public ConverterVideoCodecProfile(string value) => _value = value ?? throw new ArgumentNullException(nameof(value));

    /// <summary><c>high</c>: High profile (the H.264 default).</summary>
    public static ConverterVideoCodecProfile High { get; } = new("high");

    /// <summary><c>baseline</c>: Baseline profile, for low-end or loss-tolerant uses.</summary>
    public static ConverterVideoCodecProfile Baseline { get; } = new("baseline");

    /// <summary><c>main</c>: Main profile (the only H.265 profile).</summary>
    public static ConverterVideoCodecProfile Main { get; } = new("main");

    /// <summary>The wire text; empty for <see langword="default"/>.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Whether both carry the same wire text (ordinal comparison).</summary>
    /// <param name="other">The value to compare with.</param>
    public bool Equals(ConverterVideoCodecProfile other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

    /// <summary>Whether <paramref name="obj"/> is a value with the same wire text.</summary>
    /// <param name="obj">The object to compare with.</param>
    public override bool Equals(object? obj) => obj is ConverterVideoCodecProfile other && Equals(other);

    /// <summary>The hash of the wire text (ordinal).</summary>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

    /// <summary>The wire text, as sent and received.</summary>
    public override string ToString() => Value;

    /// <summary>Whether both carry the same wire text.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    public static bool operator ==(ConverterVideoCodecProfile left, ConverterVideoCodecProfile right) => left.Equals(right);

    /// <summary>Whether the wire texts differ.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    public static bool operator !=(ConverterVideoCodecProfile left, ConverterVideoCodecProfile right) => !left.Equals(right);

    internal sealed class Converter : StringValueConverter<ConverterVideoCodecProfile>
    {
        protected override ConverterVideoCodecProfile FromWire(string value) => new(value);
    }
}
