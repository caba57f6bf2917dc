using System;
using System.Text.Json.Serialization;

namespace Agora.Rest.Services.CloudRecording;

/// <summary>What a recorded file holds (<c>fileList[].trackType</c>). A value Agora adds later reads as it is.</summary>
[JsonConverter(typeof(Converter))]
public readonly struct TrackType : IEquatable<TrackType>, IFormattable
{
    private readonly string? _value;

    /// <summary>Wraps a wire value, known or not.</summary>
    /// <param name="value">The exact wire text.</param>
    public TrackType(string value) => _value = value ?? throw new ArgumentNullException(nameof(value));

    /// <summary><c>"audio"</c>: audio only.</summary>
    public static TrackType Audio { get; } = new("audio");

    /// <summary><c>"video"</c>: video only.</summary>
    public static TrackType Video { get; } = new("video");

    /// <summary><c>"audio_and_video"</c>: audio and video.</summary>
    public static TrackType AudioAndVideo { get; } = new("audio_and_video");

    /// <summary>The wire text (empty for <see langword="default"/>).</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Whether both hold the same wire text (ordinal).</summary>
    public bool Equals(TrackType other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is TrackType other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

    /// <summary>The wire text.</summary>
    public override string ToString() => Value;

    // Lets the value be a route or query value of a generated client: its wire text, whatever the format.
    string IFormattable.ToString(string? format, IFormatProvider? formatProvider) => Value;

    /// <summary>Whether both hold the same wire text.</summary>
    public static bool operator ==(TrackType left, TrackType right) => left.Equals(right);

    /// <summary>Whether the wire texts differ.</summary>
    public static bool operator !=(TrackType left, TrackType right) => !left.Equals(right);

    internal sealed class Converter : StringValueConverter<TrackType>
    {
        protected override TrackType FromWire(string value) => new(value);
    }
}
