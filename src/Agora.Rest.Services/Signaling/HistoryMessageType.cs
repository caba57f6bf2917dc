using System;
using System.Text.Json.Serialization;

namespace Agora.Rest.Services.Signaling;

/// <summary>How a stored message's content is carried (<c>messageType</c>); a value Agora adds later reads as it is.</summary>
[JsonConverter(typeof(Converter))]
public readonly struct HistoryMessageType : IEquatable<HistoryMessageType>, IFormattable
{
    private readonly string? _value;

    /// <summary>Wraps a wire value, known or not.</summary>
    /// <param name="value">The value as Agora spells it.</param>
    public HistoryMessageType(string value) => _value = value ?? throw new ArgumentNullException(nameof(value));

    /// <summary><c>STRING</c>: the content is the text itself.</summary>
    public static HistoryMessageType Text { get; } = new("STRING");

    /// <summary><c>BINARY</c>: the content is base64-encoded bytes.</summary>
    public static HistoryMessageType Binary { get; } = new("BINARY");

    /// <summary>The wire value (empty for <see langword="default"/>).</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Compares wire values, ordinally.</summary>
    /// <param name="other">The value to compare with.</param>
    public bool Equals(HistoryMessageType other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is HistoryMessageType other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

    /// <summary>The wire value.</summary>
    public override string ToString() => Value;

    // Lets the value be a route or query value of a generated client: its wire text, whatever the format.
    string IFormattable.ToString(string? format, IFormatProvider? formatProvider) => Value;

    /// <summary>Whether two values have the same wire value.</summary>
    public static bool operator ==(HistoryMessageType left, HistoryMessageType right) => left.Equals(right);

    /// <summary>Whether two values have different wire values.</summary>
    public static bool operator !=(HistoryMessageType left, HistoryMessageType right) => !left.Equals(right);

    internal sealed class Converter : StringValueConverter<HistoryMessageType>
    {
        protected override HistoryMessageType FromWire(string value) => new(value);
    }
}
