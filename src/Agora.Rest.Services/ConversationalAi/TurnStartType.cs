using System;
using System.Text.Json.Serialization;

namespace Agora.Rest.Services.ConversationalAi;

/// <summary>
/// What started a conversation turn.
/// Any other text Agora sends reads as it is.
/// </summary>
[JsonConverter(typeof(Converter))]
public readonly struct TurnStartType : IEquatable<TurnStartType>, IFormattable
{
    private readonly string? _value;

    /// <summary>Wraps a wire value, known or not.</summary>
    /// <param name="value">The exact text Agora uses.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    public TurnStartType(string value) => _value = value ?? throw new ArgumentNullException(nameof(value));

    /// <summary><c>voice_input</c>: the user's voice.</summary>
    public static TurnStartType VoiceInput { get; } = new("voice_input");

    /// <summary><c>greeting</c>: the agent's greeting.</summary>
    public static TurnStartType Greeting { get; } = new("greeting");

    /// <summary><c>silence_timeout</c>: a silence reminder.</summary>
    public static TurnStartType SilenceTimeout { get; } = new("silence_timeout");

    /// <summary><c>api_speak</c>: a speak request.</summary>
    public static TurnStartType ApiSpeak { get; } = new("api_speak");

    /// <summary>The wire text (empty for <see langword="default"/>).</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Whether both hold the same wire text (ordinal).</summary>
    /// <param name="other">The value to compare with.</param>
    public bool Equals(TurnStartType other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

    /// <summary>Whether <paramref name="obj"/> is a <see cref="TurnStartType"/> with the same wire text.</summary>
    /// <param name="obj">The object to compare with.</param>
    public override bool Equals(object? obj) => obj is TurnStartType other && Equals(other);

    /// <summary>A hash of the wire text.</summary>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

    /// <summary>The wire text.</summary>
    public override string ToString() => Value;

    // Lets the value be a route or query value of a generated client: its wire text, whatever the format.
    string IFormattable.ToString(string? format, IFormatProvider? formatProvider) => Value;

    /// <summary>Whether both hold the same wire text.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    public static bool operator ==(TurnStartType left, TurnStartType right) => left.Equals(right);

    /// <summary>Whether the wire texts differ.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    public static bool operator !=(TurnStartType left, TurnStartType right) => !left.Equals(right);

    internal sealed class Converter : StringValueConverter<TurnStartType>
    {
        protected override TurnStartType FromWire(string value) => new(value);
    }
}
