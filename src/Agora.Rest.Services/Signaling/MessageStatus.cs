using System;
using System.Text.Json.Serialization;

namespace Agora.Rest.Services.Signaling;

/// <summary>What became of a sent message (<c>code</c>); a value Agora adds later reads as it is.</summary>
[JsonConverter(typeof(Converter))]
public readonly struct MessageStatus : IEquatable<MessageStatus>, IFormattable
{
    private readonly string? _value;

    /// <summary>Wraps a wire value, known or not.</summary>
    /// <param name="value">The value as Agora spells it.</param>
    public MessageStatus(string value) => _value = value ?? throw new ArgumentNullException(nameof(value));

    /// <summary><c>message_sent</c>: the message was sent.</summary>
    public static MessageStatus Sent { get; } = new("message_sent");

    /// <summary><c>message_delivered</c>: the receiver got the message.</summary>
    public static MessageStatus Delivered { get; } = new("message_delivered");

    /// <summary><c>message_offline</c>: the receiver is offline.</summary>
    public static MessageStatus Offline { get; } = new("message_offline");

    /// <summary>The wire value (empty for <see langword="default"/>).</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Compares wire values, ordinally.</summary>
    /// <param name="other">The value to compare with.</param>
    public bool Equals(MessageStatus other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is MessageStatus other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

    /// <summary>The wire value.</summary>
    public override string ToString() => Value;

    // Lets the value be a route or query value of a generated client: its wire text, whatever the format.
    string IFormattable.ToString(string? format, IFormatProvider? formatProvider) => Value;

    /// <summary>Whether two values have the same wire value.</summary>
    public static bool operator ==(MessageStatus left, MessageStatus right) => left.Equals(right);

    /// <summary>Whether two values have different wire values.</summary>
    public static bool operator !=(MessageStatus left, MessageStatus right) => !left.Equals(right);

    internal sealed class Converter : StringValueConverter<MessageStatus>
    {
        protected override MessageStatus FromWire(string value) => new(value);
    }
}
