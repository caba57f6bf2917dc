using System;
using System.Text.Json.Serialization;

namespace Agora.Rest.Services.ConversationalAi;

/// <summary>
/// How the agent detects that the user starts speaking.
/// Any other text Agora sends reads as it is.
/// </summary>
[JsonConverter(typeof(Converter))]
public readonly struct StartOfSpeechMode : IEquatable<StartOfSpeechMode>, IFormattable
{
    private readonly string? _value;

    /// <summary>Wraps a wire value, known or not.</summary>
    /// <param name="value">The exact text Agora uses.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    public StartOfSpeechMode(string value) => _value = value ?? throw new ArgumentNullException(nameof(value));

    /// <summary><c>vad</c>: voice activity detection on the audio (configured by <c>vad_config</c>).</summary>
    public static StartOfSpeechMode Vad { get; } = new("vad");

    /// <summary><c>manual</c>: the client signals it through Signaling; needs <c>enable_rtm</c> and <c>data_channel</c> = <c>rtm</c>.</summary>
    public static StartOfSpeechMode Manual { get; } = new("manual");

    /// <summary>The wire text (empty for <see langword="default"/>).</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Whether both hold the same wire text (ordinal).</summary>
    /// <param name="other">The value to compare with.</param>
    public bool Equals(StartOfSpeechMode other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

    /// <summary>Whether <paramref name="obj"/> is a <see cref="StartOfSpeechMode"/> with the same wire text.</summary>
    /// <param name="obj">The object to compare with.</param>
    public override bool Equals(object? obj) => obj is StartOfSpeechMode other && Equals(other);

    /// <summary>A hash of the wire text.</summary>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

    /// <summary>The wire text.</summary>
    public override string ToString() => Value;

    // Lets the value be a route or query value of a generated client: its wire text, whatever the format.
    string IFormattable.ToString(string? format, IFormatProvider? formatProvider) => Value;

    /// <summary>Whether both hold the same wire text.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    public static bool operator ==(StartOfSpeechMode left, StartOfSpeechMode right) => left.Equals(right);

    /// <summary>Whether the wire texts differ.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    public static bool operator !=(StartOfSpeechMode left, StartOfSpeechMode right) => !left.Equals(right);

    internal sealed class Converter : StringValueConverter<StartOfSpeechMode>
    {
        protected override StartOfSpeechMode FromWire(string value) => new(value);
    }
}
