using System;
using System.Text.Json.Serialization;

namespace Agora.Rest.Services.ConversationalAi;

/// <summary>
/// A text-to-speech (TTS) provider.
/// Any other text Agora sends reads as it is.
/// </summary>
[JsonConverter(typeof(Converter))]
public readonly struct TtsVendor : IEquatable<TtsVendor>, IFormattable
{
    private readonly string? _value;

    /// <summary>Wraps a wire value, known or not.</summary>
    /// <param name="value">The exact text Agora uses.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    public TtsVendor(string value) => _value = value ?? throw new ArgumentNullException(nameof(value));

    /// <summary><c>microsoft</c>: Microsoft Azure.</summary>
    public static TtsVendor Microsoft { get; } = new("microsoft");

    /// <summary><c>elevenlabs</c>: ElevenLabs.</summary>
    public static TtsVendor ElevenLabs { get; } = new("elevenlabs");

    /// <summary><c>minimax</c>: MiniMax.</summary>
    public static TtsVendor MiniMax { get; } = new("minimax");

    /// <summary><c>deepgram</c>: Deepgram.</summary>
    public static TtsVendor Deepgram { get; } = new("deepgram");

    /// <summary><c>cartesia</c>: Cartesia.</summary>
    public static TtsVendor Cartesia { get; } = new("cartesia");

    /// <summary><c>openai</c>: OpenAI.</summary>
    public static TtsVendor OpenAi { get; } = new("openai");

    /// <summary><c>humeai</c>: Hume AI.</summary>
    public static TtsVendor HumeAi { get; } = new("humeai");

    /// <summary><c>rime</c>: Rime.</summary>
    public static TtsVendor Rime { get; } = new("rime");

    /// <summary><c>fishaudio</c>: Fish Audio.</summary>
    public static TtsVendor FishAudio { get; } = new("fishaudio");

    /// <summary><c>google</c>: Google.</summary>
    public static TtsVendor Google { get; } = new("google");

    /// <summary><c>amazon</c>: Amazon Polly.</summary>
    public static TtsVendor Amazon { get; } = new("amazon");

    /// <summary><c>sarvam</c>: Sarvam.</summary>
    public static TtsVendor Sarvam { get; } = new("sarvam");

    /// <summary><c>xai</c>: xAI.</summary>
    public static TtsVendor XAi { get; } = new("xai");

    /// <summary><c>murf</c>: Murf (named in Agora's prose, not in the schema's enum).</summary>
    public static TtsVendor Murf { get; } = new("murf");

    /// <summary>The wire text (empty for <see langword="default"/>).</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Whether both hold the same wire text (ordinal).</summary>
    /// <param name="other">The value to compare with.</param>
    public bool Equals(TtsVendor other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

    /// <summary>Whether <paramref name="obj"/> is a <see cref="TtsVendor"/> with the same wire text.</summary>
    /// <param name="obj">The object to compare with.</param>
    public override bool Equals(object? obj) => obj is TtsVendor other && Equals(other);

    /// <summary>A hash of the wire text.</summary>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

    /// <summary>The wire text.</summary>
    public override string ToString() => Value;

    // Lets the value be a route or query value of a generated client: its wire text, whatever the format.
    string IFormattable.ToString(string? format, IFormatProvider? formatProvider) => Value;

    /// <summary>Whether both hold the same wire text.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    public static bool operator ==(TtsVendor left, TtsVendor right) => left.Equals(right);

    /// <summary>Whether the wire texts differ.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    public static bool operator !=(TtsVendor left, TtsVendor right) => !left.Equals(right);

    internal sealed class Converter : StringValueConverter<TtsVendor>
    {
        protected override TtsVendor FromWire(string value) => new(value);
    }
}
