using System;
using System.Text.Json.Serialization;

namespace Agora.Rest.Services.Signaling;

/// <summary>The kind of a channel event (<c>type</c>); a value Agora adds later reads as it is.</summary>
[JsonConverter(typeof(Converter))]
public readonly struct ChannelEventType : IEquatable<ChannelEventType>, IFormattable
{
    private readonly string? _value;

    /// <summary>Wraps a wire value, known or not.</summary>
    /// <param name="value">The value as Agora spells it.</param>
    public ChannelEventType(string value) => _value = value ?? throw new ArgumentNullException(nameof(value));

    /// <summary><c>Join</c>: a user joined the channel.</summary>
    public static ChannelEventType Join { get; } = new("Join");

    /// <summary><c>Leave</c>: a user left the channel.</summary>
    public static ChannelEventType Leave { get; } = new("Leave");

    /// <summary>The wire value (empty for <see langword="default"/>).</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Compares wire values, ordinally.</summary>
    /// <param name="other">The value to compare with.</param>
    public bool Equals(ChannelEventType other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is ChannelEventType other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

    /// <summary>The wire value.</summary>
    public override string ToString() => Value;

    // Lets the value be a route or query value of a generated client: its wire text, whatever the format.
    string IFormattable.ToString(string? format, IFormatProvider? formatProvider) => Value;

    /// <summary>Whether two values have the same wire value.</summary>
    public static bool operator ==(ChannelEventType left, ChannelEventType right) => left.Equals(right);

    /// <summary>Whether two values have different wire values.</summary>
    public static bool operator !=(ChannelEventType left, ChannelEventType right) => !left.Equals(right);

    internal sealed class Converter : StringValueConverter<ChannelEventType>
    {
        protected override ChannelEventType FromWire(string value) => new(value);
    }
}
