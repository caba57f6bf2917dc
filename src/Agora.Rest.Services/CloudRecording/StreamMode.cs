using System;
using System.Text.Json.Serialization;

namespace Agora.Rest.Services.CloudRecording;

/// <summary>How individual recording writes its media (<c>recordingConfig.streamMode</c>; individual mode only). A value Agora adds later reads as it is.</summary>
[JsonConverter(typeof(Converter))]
public readonly struct StreamMode : IEquatable<StreamMode>, IFormattable
{
    private readonly string? _value;

    /// <summary>Wraps a wire value, known or not.</summary>
    /// <param name="value">The exact wire text.</param>
    public StreamMode(string value) => _value = value ?? throw new ArgumentNullException(nameof(value));

    /// <summary><c>"default"</c>: audio is transcoded; separate M3U8 index files for audio and for video (the default).</summary>
    public static StreamMode Default { get; } = new("default");

    /// <summary><c>"standard"</c>: separate audio and video M3U8 files plus a merged audio-and-video index (a merged MPD when a Web client sends VP8).</summary>
    public static StreamMode Standard { get; } = new("standard");

    /// <summary><c>"original"</c>: audio only, not transcoded, one M3U8 audio index; only with <see cref="SubscribedMedia.AudioOnly"/>.</summary>
    public static StreamMode Original { get; } = new("original");

    /// <summary>The wire text (empty for <see langword="default"/>).</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Whether both hold the same wire text (ordinal).</summary>
    public bool Equals(StreamMode other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is StreamMode other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

    /// <summary>The wire text.</summary>
    public override string ToString() => Value;

    // Lets the value be a route or query value of a generated client: its wire text, whatever the format.
    string IFormattable.ToString(string? format, IFormatProvider? formatProvider) => Value;

    /// <summary>Whether both hold the same wire text.</summary>
    public static bool operator ==(StreamMode left, StreamMode right) => left.Equals(right);

    /// <summary>Whether the wire texts differ.</summary>
    public static bool operator !=(StreamMode left, StreamMode right) => !left.Equals(right);

    internal sealed class Converter : StringValueConverter<StreamMode>
    {
        protected override StreamMode FromWire(string value) => new(value);
    }
}
