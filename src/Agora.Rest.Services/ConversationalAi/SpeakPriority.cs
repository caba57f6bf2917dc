using System;
using System.Text.Json.Serialization;

namespace Agora.Rest.Services.ConversationalAi;

/// <summary>
/// What a speak request does when the agent is busy.
/// Any other text Agora sends reads as it is.
/// </summary>
[JsonConverter(typeof(Converter))]
public readonly struct SpeakPriority : IEquatable<SpeakPriority>, IFormattable
{
    private readonly string? _value;

    /// <summary>Wraps a wire value, known or not.</summary>
    /// <param name="value">The exact text Agora uses.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    public SpeakPriority(string value) => _value = value ?? throw new ArgumentNullException(nameof(value));

    /// <summary><c>INTERRUPT</c>: interrupts the agent and speaks now (the default).</summary>
    public static SpeakPriority Interrupt { get; } = new("INTERRUPT");

    /// <summary><c>APPEND</c>: speaks after the current turn.</summary>
    public static SpeakPriority Append { get; } = new("APPEND");

    /// <summary><c>IGNORE</c>: speaks only if the agent is idle, else is dropped.</summary>
    public static SpeakPriority Ignore { get; } = new("IGNORE");

    /// <summary>The wire text (empty for <see langword="default"/>).</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Whether both hold the same wire text (ordinal).</summary>
    /// <param name="other">The value to compare with.</param>
    public bool Equals(SpeakPriority other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

    /// <summary>Whether <paramref name="obj"/> is a <see cref="SpeakPriority"/> with the same wire text.</summary>
    /// <param name="obj">The object to compare with.</param>
    public override bool Equals(object? obj) => obj is SpeakPriority other && Equals(other);

    /// <summary>A hash of the wire text.</summary>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

    /// <summary>The wire text.</summary>
    public override string ToString() => Value;

    // Lets the value be a route or query value of a generated client: its wire text, whatever the format.
    string IFormattable.ToString(string? format, IFormatProvider? formatProvider) => Value;

    /// <summary>Whether both hold the same wire text.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    public static bool operator ==(SpeakPriority left, SpeakPriority right) => left.Equals(right);

    /// <summary>Whether the wire texts differ.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    public static bool operator !=(SpeakPriority left, SpeakPriority right) => !left.Equals(right);

    internal sealed class Converter : StringValueConverter<SpeakPriority>
    {
        protected override SpeakPriority FromWire(string value) => new(value);
    }
}
