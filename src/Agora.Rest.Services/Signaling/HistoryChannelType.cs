using System;
using System.Text.Json.Serialization;

namespace Agora.Rest.Services.Signaling;

/// <summary>The kind of channel whose history is read (the <c>channelType</c> path segment); pass its <see cref="Value"/>.</summary>
[JsonConverter(typeof(Converter))]
public readonly struct HistoryChannelType : IEquatable<HistoryChannelType>, IFormattable
{
    private readonly string? _value;

    /// <summary>Wraps a wire value, known or not.</summary>
    /// <param name="value">The value as Agora spells it.</param>
    public HistoryChannelType(string value) => _value = value ?? throw new ArgumentNullException(nameof(value));

    /// <summary><c>message</c>: a message channel.</summary>
    public static HistoryChannelType Message { get; } = new("message");

    /// <summary><c>user</c>: a user channel.</summary>
    public static HistoryChannelType User { get; } = new("user");

    /// <summary>The wire value (empty for <see langword="default"/>).</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Compares wire values, ordinally.</summary>
    /// <param name="other">The value to compare with.</param>
    public bool Equals(HistoryChannelType other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is HistoryChannelType other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

    /// <summary>The wire value.</summary>
    public override string ToString() => Value;

    // Lets the value be a route or query value of a generated client: its wire text, whatever the format.
    string IFormattable.ToString(string? format, IFormatProvider? formatProvider) => Value;

    /// <summary>Whether two values have the same wire value.</summary>
    public static bool operator ==(HistoryChannelType left, HistoryChannelType right) => left.Equals(right);

    /// <summary>Whether two values have different wire values.</summary>
    public static bool operator !=(HistoryChannelType left, HistoryChannelType right) => !left.Equals(right);

    internal sealed class Converter : StringValueConverter<HistoryChannelType>
    {
        protected override HistoryChannelType FromWire(string value) => new(value);
    }
}
