using System;
using System.Text.Json.Serialization;

namespace Agora.Rest.Services.ConversationalAi;

/// <summary>
/// Who detects turns when an MLLM is used.
/// Any other text Agora sends reads as it is.
/// </summary>
[JsonConverter(typeof(Converter))]
public readonly struct MllmTurnDetectionMode : IEquatable<MllmTurnDetectionMode>, IFormattable
{
    private readonly string? _value;

    /// <summary>Wraps a wire value, known or not.</summary>
    /// <param name="value">The exact text Agora uses.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    public MllmTurnDetectionMode(string value) => _value = value ?? throw new ArgumentNullException(nameof(value));

    /// <summary><c>agora_vad</c>: Agora's voice activity detection.</summary>
    public static MllmTurnDetectionMode AgoraVad { get; } = new("agora_vad");

    /// <summary><c>server_vad</c>: the vendor's voice activity detection (OpenAI and Gemini).</summary>
    public static MllmTurnDetectionMode ServerVad { get; } = new("server_vad");

    /// <summary><c>semantic_vad</c>: the vendor's semantic detection (OpenAI only).</summary>
    public static MllmTurnDetectionMode SemanticVad { get; } = new("semantic_vad");

    /// <summary>The wire text (empty for <see langword="default"/>).</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Whether both hold the same wire text (ordinal).</summary>
    /// <param name="other">The value to compare with.</param>
    public bool Equals(MllmTurnDetectionMode other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

    /// <summary>Whether <paramref name="obj"/> is a <see cref="MllmTurnDetectionMode"/> with the same wire text.</summary>
    /// <param name="obj">The object to compare with.</param>
    public override bool Equals(object? obj) => obj is MllmTurnDetectionMode other && Equals(other);

    /// <summary>A hash of the wire text.</summary>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

    /// <summary>The wire text.</summary>
    public override string ToString() => Value;

    // Lets the value be a route or query value of a generated client: its wire text, whatever the format.
    string IFormattable.ToString(string? format, IFormatProvider? formatProvider) => Value;

    /// <summary>Whether both hold the same wire text.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    public static bool operator ==(MllmTurnDetectionMode left, MllmTurnDetectionMode right) => left.Equals(right);

    /// <summary>Whether the wire texts differ.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    public static bool operator !=(MllmTurnDetectionMode left, MllmTurnDetectionMode right) => !left.Equals(right);

    internal sealed class Converter : StringValueConverter<MllmTurnDetectionMode>
    {
        protected override MllmTurnDetectionMode FromWire(string value) => new(value);
    }
}
