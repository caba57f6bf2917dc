using System;
using System.Text.Json.Serialization;

namespace Agora.Rest.Services.ConversationalAi;

/// <summary>
/// Why a turn was interrupted or ignored.
/// Any other text Agora sends reads as it is.
/// </summary>
[JsonConverter(typeof(Converter))]
public readonly struct TurnEndCause : IEquatable<TurnEndCause>, IFormattable
{
    private readonly string? _value;

    /// <summary>Wraps a wire value, known or not.</summary>
    /// <param name="value">The exact text Agora uses.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    public TurnEndCause(string value) => _value = value ?? throw new ArgumentNullException(nameof(value));

    /// <summary><c>start_of_speech</c>: interrupted: the user started speaking.</summary>
    public static TurnEndCause StartOfSpeech { get; } = new("start_of_speech");

    /// <summary><c>api_speak</c>: interrupted: a speak request.</summary>
    public static TurnEndCause ApiSpeak { get; } = new("api_speak");

    /// <summary><c>api_interrupt</c>: interrupted: an interrupt request.</summary>
    public static TurnEndCause ApiInterrupt { get; } = new("api_interrupt");

    /// <summary><c>api_leave</c>: interrupted: the agent left.</summary>
    public static TurnEndCause ApiLeave { get; } = new("api_leave");

    /// <summary><c>semantic</c>: ignored: semantic end-of-speech decided no reply was needed.</summary>
    public static TurnEndCause Semantic { get; } = new("semantic");

    /// <summary><c>keywords</c>: ignored: the start keyword was not heard.</summary>
    public static TurnEndCause Keywords { get; } = new("keywords");

    /// <summary><c>disable</c>: ignored: interruption is disabled.</summary>
    public static TurnEndCause Disable { get; } = new("disable");

    /// <summary>The wire text (empty for <see langword="default"/>).</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Whether both hold the same wire text (ordinal).</summary>
    /// <param name="other">The value to compare with.</param>
    public bool Equals(TurnEndCause other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

    /// <summary>Whether <paramref name="obj"/> is a <see cref="TurnEndCause"/> with the same wire text.</summary>
    /// <param name="obj">The object to compare with.</param>
    public override bool Equals(object? obj) => obj is TurnEndCause other && Equals(other);

    /// <summary>A hash of the wire text.</summary>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

    /// <summary>The wire text.</summary>
    public override string ToString() => Value;

    // Lets the value be a route or query value of a generated client: its wire text, whatever the format.
    string IFormattable.ToString(string? format, IFormatProvider? formatProvider) => Value;

    /// <summary>Whether both hold the same wire text.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    public static bool operator ==(TurnEndCause left, TurnEndCause right) => left.Equals(right);

    /// <summary>Whether the wire texts differ.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    public static bool operator !=(TurnEndCause left, TurnEndCause right) => !left.Equals(right);

    internal sealed class Converter : StringValueConverter<TurnEndCause>
    {
        protected override TurnEndCause FromWire(string value) => new(value);
    }
}
