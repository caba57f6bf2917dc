using System;
using System.Text.Json.Serialization;

namespace Agora.Rest.Services.CloudTranscoding;

/// <summary>
/// The audio profile of an output stream (<c>audioOption.profileType</c>); the default is <see cref="Default"/>.
/// </summary>
[JsonConverter(typeof(Converter))]
public readonly struct TranscoderAudioProfile : IEquatable<TranscoderAudioProfile>
{
    private readonly string? _value;

    /// <summary>Wraps a wire value, one of the known ones or one Agora added later.</summary>
    /// <param name="value">The exact wire text.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    public TranscoderAudioProfile(string value) => _value = value ?? throw new ArgumentNullException(nameof(value));

    /// <summary><c>AUDIO_PROFILE_DEFAULT</c>: Agora's default profile.</summary>
    public static TranscoderAudioProfile Default { get; } = new("AUDIO_PROFILE_DEFAULT");

    /// <summary><c>AUDIO_PROFILE_SPEECH_STANDARD</c>: the standard speech profile.</summary>
    public static TranscoderAudioProfile SpeechStandard { get; } = new("AUDIO_PROFILE_SPEECH_STANDARD");

    /// <summary><c>AUDIO_PROFILE_MUSIC_STANDARD</c>: the standard music profile, mono.</summary>
    public static TranscoderAudioProfile MusicStandard { get; } = new("AUDIO_PROFILE_MUSIC_STANDARD");

    /// <summary><c>AUDIO_PROFILE_MUSIC_STANDARD_STEREO</c>: the standard music profile, stereo.</summary>
    public static TranscoderAudioProfile MusicStandardStereo { get; } = new("AUDIO_PROFILE_MUSIC_STANDARD_STEREO");

    /// <summary><c>AUDIO_PROFILE_MUSIC_HIGH_QUALITY</c>: the high-quality music profile, mono.</summary>
    public static TranscoderAudioProfile MusicHighQuality { get; } = new("AUDIO_PROFILE_MUSIC_HIGH_QUALITY");

    /// <summary><c>AUDIO_PROFILE_MUSIC_HIGH_QUALITY_STEREO</c>: the high-quality music profile, stereo.</summary>
    public static TranscoderAudioProfile MusicHighQualityStereo { get; } = new("AUDIO_PROFILE_MUSIC_HIGH_QUALITY_STEREO");

    /// <summary>The wire text; empty for <see langword="default"/>.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Whether both carry the same wire text (ordinal comparison).</summary>
    /// <param name="other">The value to compare with.</param>
    public bool Equals(TranscoderAudioProfile other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

    /// <summary>Whether <paramref name="obj"/> is a value with the same wire text.</summary>
    /// <param name="obj">The object to compare with.</param>
    public override bool Equals(object? obj) => obj is TranscoderAudioProfile other && Equals(other);

    /// <summary>The hash of the wire text (ordinal).</summary>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

    /// <summary>The wire text, as sent and received.</summary>
    public override string ToString() => Value;

    /// <summary>Whether both carry the same wire text.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    public static bool operator ==(TranscoderAudioProfile left, TranscoderAudioProfile right) => left.Equals(right);

    /// <summary>Whether the wire texts differ.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    public static bool operator !=(TranscoderAudioProfile left, TranscoderAudioProfile right) => !left.Equals(right);

    internal sealed class Converter : StringValueConverter<TranscoderAudioProfile>
    {
        protected override TranscoderAudioProfile FromWire(string value) => new(value);
    }
}
