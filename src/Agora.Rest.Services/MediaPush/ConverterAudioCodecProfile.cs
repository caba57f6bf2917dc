using System;
using System.Text.Json.Serialization;

namespace Agora.Rest.Services.MediaPush;

/// <summary>
/// The audio codec profile of a converter's output (<c>audioOptions.codecProfile</c>); <see cref="LcAac"/> when omitted.
/// </summary>
[JsonConverter(typeof(Converter))]
public readonly struct ConverterAudioCodecProfile : IEquatable<ConverterAudioCodecProfile>
{
    private readonly string? _value;

    /// <summary>Wraps a wire value, one of the known ones or one Agora added later.</summary>
    /// <param name="value">The exact wire text.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    public ConverterAudioCodecProfile(string value) => _value = value ?? throw new ArgumentNullException(nameof(value));

    /// <summary><c>LC-AAC</c>: MPEG-4 AAC Low Complexity (the default).</summary>
    public static ConverterAudioCodecProfile LcAac { get; } = new("LC-AAC");

    /// <summary><c>HE-AAC</c>: High-Efficiency AAC.</summary>
    public static ConverterAudioCodecProfile HeAac { get; } = new("HE-AAC");

    /// <summary>The wire text; empty for <see langword="default"/>.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Whether both carry the same wire text (ordinal comparison).</summary>
    /// <param name="other">The value to compare with.</param>
    public bool Equals(ConverterAudioCodecProfile other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

    /// <summary>Whether <paramref name="obj"/> is a value with the same wire text.</summary>
    /// <param name="obj">The object to compare with.</param>
    public override bool Equals(object? obj) => obj is ConverterAudioCodecProfile other && Equals(other);

    /// <summary>The hash of the wire text (ordinal).</summary>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

    /// <summary>The wire text, as sent and received.</summary>
    public override string ToString() => Value;

    /// <summary>Whether both carry the same wire text.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    public static bool operator ==(ConverterAudioCodecProfile left, ConverterAudioCodecProfile right) => left.Equals(right);

    /// <summary>Whether the wire texts differ.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    public static bool operator !=(ConverterAudioCodecProfile left, ConverterAudioCodecProfile right) => !left.Equals(right);

    internal sealed class Converter : StringValueConverter<ConverterAudioCodecProfile>
    {
        protected override ConverterAudioCodecProfile FromWire(string value) => new(value);
    }
}
