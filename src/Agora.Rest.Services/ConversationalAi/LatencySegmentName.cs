using System;
using System.Text.Json.Serialization;

namespace Agora.Rest.Services.ConversationalAi;

/// <summary>
/// A stage of a turn's latency breakdown.
/// Any other text Agora sends reads as it is.
/// </summary>
[JsonConverter(typeof(Converter))]
public readonly struct LatencySegmentName : IEquatable<LatencySegmentName>, IFormattable
{
    private readonly string? _value;

    /// <summary>Wraps a wire value, known or not.</summary>
    /// <param name="value">The exact text Agora uses.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    public LatencySegmentName(string value) => _value = value ?? throw new ArgumentNullException(nameof(value));

    /// <summary><c>algorithm_processing</c>: audio algorithm processing.</summary>
    public static LatencySegmentName AlgorithmProcessing { get; } = new("algorithm_processing");

    /// <summary><c>asr_ttlw</c>: ASR time to last word.</summary>
    public static LatencySegmentName AsrTimeToLastWord { get; } = new("asr_ttlw");

    /// <summary><c>llm_ttft</c>: LLM time to first token (text input).</summary>
    public static LatencySegmentName LlmTimeToFirstToken { get; } = new("llm_ttft");

    /// <summary><c>llm_ftfs</c>: LLM first token to first sentence (text input).</summary>
    public static LatencySegmentName LlmFirstTokenToFirstSentence { get; } = new("llm_ftfs");

    /// <summary><c>tts_ttfb</c>: TTS time to first byte (text input).</summary>
    public static LatencySegmentName TtsTimeToFirstByte { get; } = new("tts_ttfb");

    /// <summary><c>llm_ttfa</c>: LLM time to first audio byte (audio input).</summary>
    public static LatencySegmentName LlmTimeToFirstAudio { get; } = new("llm_ttfa");

    /// <summary><c>transport</c>: network transport (not reported for Web SDK users).</summary>
    public static LatencySegmentName Transport { get; } = new("transport");

    /// <summary>The wire text (empty for <see langword="default"/>).</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Whether both hold the same wire text (ordinal).</summary>
    /// <param name="other">The value to compare with.</param>
    public bool Equals(LatencySegmentName other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

    /// <summary>Whether <paramref name="obj"/> is a <see cref="LatencySegmentName"/> with the same wire text.</summary>
    /// <param name="obj">The object to compare with.</param>
    public override bool Equals(object? obj) => obj is LatencySegmentName other && Equals(other);

    /// <summary>A hash of the wire text.</summary>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

    /// <summary>The wire text.</summary>
    public override string ToString() => Value;

    // Lets the value be a route or query value of a generated client: its wire text, whatever the format.
    string IFormattable.ToString(string? format, IFormatProvider? formatProvider) => Value;

    /// <summary>Whether both hold the same wire text.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    public static bool operator ==(LatencySegmentName left, LatencySegmentName right) => left.Equals(right);

    /// <summary>Whether the wire texts differ.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    public static bool operator !=(LatencySegmentName left, LatencySegmentName right) => !left.Equals(right);

    internal sealed class Converter : StringValueConverter<LatencySegmentName>
    {
        protected override LatencySegmentName FromWire(string value) => new(value);
    }
}
