using System;
using System.Text.Json.Serialization;

namespace Agora.Rest.Services.ConversationalAi;

/// <summary>
/// A speech recognition (ASR) provider.
/// Any other text Agora sends reads as it is.
/// </summary>
[JsonConverter(typeof(Converter))]
public readonly struct AsrVendor : IEquatable<AsrVendor>, IFormattable
{
    private readonly string? _value;

    /// <summary>Wraps a wire value, known or not.</summary>
    /// <param name="value">The exact text Agora uses.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    public AsrVendor(string value) => _value = value ?? throw new ArgumentNullException(nameof(value));

    /// <summary><c>ares</c>: Agora's Adaptive Recognition Engine for Speech (the default).</summary>
    public static AsrVendor Ares { get; } = new("ares");

    /// <summary><c>microsoft</c>: Microsoft Azure.</summary>
    public static AsrVendor Microsoft { get; } = new("microsoft");

    /// <summary><c>deepgram</c>: Deepgram.</summary>
    public static AsrVendor Deepgram { get; } = new("deepgram");

    /// <summary><c>openai</c>: OpenAI.</summary>
    public static AsrVendor OpenAi { get; } = new("openai");

    /// <summary><c>google</c>: Google.</summary>
    public static AsrVendor Google { get; } = new("google");

    /// <summary><c>amazon</c>: Amazon Transcribe.</summary>
    public static AsrVendor Amazon { get; } = new("amazon");

    /// <summary><c>assemblyai</c>: AssemblyAI.</summary>
    public static AsrVendor AssemblyAi { get; } = new("assemblyai");

    /// <summary><c>sarvam</c>: Sarvam.</summary>
    public static AsrVendor Sarvam { get; } = new("sarvam");

    /// <summary><c>xai</c>: xAI.</summary>
    public static AsrVendor XAi { get; } = new("xai");

    /// <summary><c>speechmatics</c>: Speechmatics (named in Agora's prose, not in the schema's enum).</summary>
    public static AsrVendor Speechmatics { get; } = new("speechmatics");

    /// <summary>The wire text (empty for <see langword="default"/>).</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Whether both hold the same wire text (ordinal).</summary>
    /// <param name="other">The value to compare with.</param>
    public bool Equals(AsrVendor other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

    /// <summary>Whether <paramref name="obj"/> is a <see cref="AsrVendor"/> with the same wire text.</summary>
    /// <param name="obj">The object to compare with.</param>
    public override bool Equals(object? obj) => obj is AsrVendor other && Equals(other);

    /// <summary>A hash of the wire text.</summary>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

    /// <summary>The wire text.</summary>
    public override string ToString() => Value;

    // Lets the value be a route or query value of a generated client: its wire text, whatever the format.
    string IFormattable.ToString(string? format, IFormatProvider? formatProvider) => Value;

    /// <summary>Whether both hold the same wire text.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    public static bool operator ==(AsrVendor left, AsrVendor right) => left.Equals(right);

    /// <summary>Whether the wire texts differ.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    public static bool operator !=(AsrVendor left, AsrVendor right) => !left.Equals(right);

    internal sealed class Converter : StringValueConverter<AsrVendor>
    {
        protected override AsrVendor FromWire(string value) => new(value);
    }
}
