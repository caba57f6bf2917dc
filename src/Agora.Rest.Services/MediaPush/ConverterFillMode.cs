using System;
using System.Text.Json.Serialization;

namespace Agora.Rest.Services.MediaPush;

/// <summary>
/// How a picture fills its region (<c>fillMode</c> of a layout item or of the vertical layout).
/// </summary>
[JsonConverter(typeof(Converter))]
public readonly struct ConverterFillMode : IEquatable<ConverterFillMode>
{
    private readonly string? _value;

    /// <summary>Wraps a wire value, one of the known ones or one Agora added later.</summary>
    /// <param name="value">The exact wire text.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    public ConverterFillMode(string value) => _value = value ?? throw new ArgumentNullException(nameof(value));

    /// <summary><c>fill</c>: scale keeping the aspect ratio and crop the centre to fill the region (the default for user video).</summary>
    public static ConverterFillMode Fill { get; } = new("fill");

    /// <summary><c>fit</c>: scale keeping the aspect ratio so the whole picture shows.</summary>
    public static ConverterFillMode Fit { get; } = new("fit");

    /// <summary>The wire text; empty for <see langword="default"/>.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Whether both carry the same wire text (ordinal comparison).</summary>
    /// <param name="other">The value to compare with.</param>
    public bool Equals(ConverterFillMode other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

    /// <summary>Whether <paramref name="obj"/> is a value with the same wire text.</summary>
    /// <param name="obj">The object to compare with.</param>
    public override bool Equals(object? obj) => obj is ConverterFillMode other && Equals(other);

    /// <summary>The hash of the wire text (ordinal).</summary>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

    /// <summary>The wire text, as sent and received.</summary>
    public override string ToString() => Value;

    /// <summary>Whether both carry the same wire text.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    public static bool operator ==(ConverterFillMode left, ConverterFillMode right) => left.Equals(right);

    /// <summary>Whether the wire texts differ.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    public static bool operator !=(ConverterFillMode left, ConverterFillMode right) => !left.Equals(right);

    internal sealed class Converter : StringValueConverter<ConverterFillMode>
    {
        protected override ConverterFillMode FromWire(string value) => new(value);
    }
}
