using System;
using System.Text.Json.Serialization;

namespace Agora.Rest.Services.ConversationalAi;

/// <summary>
/// The RTC audio scenario of the agent.
/// Any other text Agora sends reads as it is.
/// </summary>
[JsonConverter(typeof(Converter))]
public readonly struct AudioScenario : IEquatable<AudioScenario>, IFormattable
{
    private readonly string? _value;

    /// <summary>Wraps a wire value, known or not.</summary>
    /// <param name="value">The exact text Agora uses.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    public AudioScenario(string value) => _value = value ?? throw new ArgumentNullException(nameof(value));

    /// <summary><c>default</c>: the default, the same as <c>aiserver</c>.</summary>
    public static AudioScenario Default { get; } = new("default");

    /// <summary><c>chorus</c>: ultra-low latency for users on good networks.</summary>
    public static AudioScenario Chorus { get; } = new("chorus");

    /// <summary><c>aiserver</c>: tuned for latency and resilience of AI agent conversations.</summary>
    public static AudioScenario AiServer { get; } = new("aiserver");

    /// <summary>The wire text (empty for <see langword="default"/>).</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Whether both hold the same wire text (ordinal).</summary>
    /// <param name="other">The value to compare with.</param>
    public bool Equals(AudioScenario other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

    /// <summary>Whether <paramref name="obj"/> is a <see cref="AudioScenario"/> with the same wire text.</summary>
    /// <param name="obj">The object to compare with.</param>
    public override bool Equals(object? obj) => obj is AudioScenario other && Equals(other);

    /// <summary>A hash of the wire text.</summary>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

    /// <summary>The wire text.</summary>
    public override string ToString() => Value;

    // Lets the value be a route or query value of a generated client: its wire text, whatever the format.
    string IFormattable.ToString(string? format, IFormatProvider? formatProvider) => Value;

    /// <summary>Whether both hold the same wire text.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    public static bool operator ==(AudioScenario left, AudioScenario right) => left.Equals(right);

    /// <summary>Whether the wire texts differ.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    public static bool operator !=(AudioScenario left, AudioScenario right) => !left.Equals(right);

    internal sealed class Converter : StringValueConverter<AudioScenario>
    {
        protected override AudioScenario FromWire(string value) => new(value);
    }
}
