using System;
using System.Text.Json.Serialization;

namespace Agora.Rest.Services.CloudTranscoding;

/// <summary>
/// What an update replaces (the <c>updateMask</c> query value); Agora documents one value, the whole transcoder configuration.
/// It is sent as its wire text, so it can be a query value.
/// </summary>
[JsonConverter(typeof(Converter))]
public readonly struct TranscoderUpdateMask : IEquatable<TranscoderUpdateMask>, IFormattable
{
    private readonly string? _value;

    /// <summary>Wraps a wire value, one of the known ones or one Agora added later.</summary>
    /// <param name="value">The exact wire text.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    public TranscoderUpdateMask(string value) => _value = value ?? throw new ArgumentNullException(nameof(value));

    /// <summary><c>services.cloudTranscoder.config</c>: replace the whole <c>services.cloudTranscoder.config</c> (a full update).</summary>
    public static TranscoderUpdateMask Config { get; } = new("services.cloudTranscoder.config");

    /// <summary>The wire text; empty for <see langword="default"/>.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Whether both carry the same wire text (ordinal comparison).</summary>
    /// <param name="other">The value to compare with.</param>
    public bool Equals(TranscoderUpdateMask other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

    /// <summary>Whether <paramref name="obj"/> is a value with the same wire text.</summary>
    /// <param name="obj">The object to compare with.</param>
    public override bool Equals(object? obj) => obj is TranscoderUpdateMask other && Equals(other);

    /// <summary>The hash of the wire text (ordinal).</summary>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

    /// <summary>The wire text, as sent and received.</summary>
    public override string ToString() => Value;

    /// <summary>The wire text whatever the format or culture: how a route or query value of this type is written.</summary>
    /// <param name="format">Ignored.</param>
    /// <param name="formatProvider">Ignored.</param>
    string IFormattable.ToString(string? format, IFormatProvider? formatProvider) => Value;

    /// <summary>Whether both carry the same wire text.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    public static bool operator ==(TranscoderUpdateMask left, TranscoderUpdateMask right) => left.Equals(right);

    /// <summary>Whether the wire texts differ.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    public static bool operator !=(TranscoderUpdateMask left, TranscoderUpdateMask right) => !left.Equals(right);

    internal sealed class Converter : StringValueConverter<TranscoderUpdateMask>
    {
        protected override TranscoderUpdateMask FromWire(string value) => new(value);
    }
}
