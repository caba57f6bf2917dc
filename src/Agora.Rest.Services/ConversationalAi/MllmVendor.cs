using System;
using System.Text.Json.Serialization;

namespace Agora.Rest.Services.ConversationalAi;

/// <summary>
/// A multimodal (voice-to-voice) LLM provider.
/// Any other text Agora sends reads as it is.
/// </summary>
[JsonConverter(typeof(Converter))]
public readonly struct MllmVendor : IEquatable<MllmVendor>, IFormattable
{
    private readonly string? _value;

    /// <summary>Wraps a wire value, known or not.</summary>
    /// <param name="value">The exact text Agora uses.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    public MllmVendor(string value) => _value = value ?? throw new ArgumentNullException(nameof(value));

    /// <summary><c>openai</c>: OpenAI Realtime.</summary>
    public static MllmVendor OpenAi { get; } = new("openai");

    /// <summary><c>gemini</c>: Google Gemini Live.</summary>
    public static MllmVendor Gemini { get; } = new("gemini");

    /// <summary><c>vertexai</c>: Gemini Live through Vertex AI.</summary>
    public static MllmVendor VertexAi { get; } = new("vertexai");

    /// <summary><c>xai</c>: xAI Grok.</summary>
    public static MllmVendor XAi { get; } = new("xai");

    /// <summary>The wire text (empty for <see langword="default"/>).</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Whether both hold the same wire text (ordinal).</summary>
    /// <param name="other">The value to compare with.</param>
    public bool Equals(MllmVendor other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

    /// <summary>Whether <paramref name="obj"/> is a <see cref="MllmVendor"/> with the same wire text.</summary>
    /// <param name="obj">The object to compare with.</param>
    public override bool Equals(object? obj) => obj is MllmVendor other && Equals(other);

    /// <summary>A hash of the wire text.</summary>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

    /// <summary>The wire text.</summary>
    public override string ToString() => Value;

    // Lets the value be a route or query value of a generated client: its wire text, whatever the format.
    string IFormattable.ToString(string? format, IFormatProvider? formatProvider) => Value;

    /// <summary>Whether both hold the same wire text.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    public static bool operator ==(MllmVendor left, MllmVendor right) => left.Equals(right);

    /// <summary>Whether the wire texts differ.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    public static bool operator !=(MllmVendor left, MllmVendor right) => !left.Equals(right);

    internal sealed class Converter : StringValueConverter<MllmVendor>
    {
        protected override MllmVendor FromWire(string value) => new(value);
    }
}
