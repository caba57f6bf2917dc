using System;
using System.Text.Json.Serialization;

namespace Agora.Rest.Services.CloudRecording;

/// <summary>A recorded file format (<c>recordingFileConfig.avFileType</c> items). A value Agora adds later reads as it is.</summary>
[JsonConverter(typeof(Converter))]
public readonly struct AvFileType : IEquatable<AvFileType>, IFormattable
{
    private readonly string? _value;

    /// <summary>Wraps a wire value, known or not.</summary>
    /// <param name="value">The exact wire text.</param>
    public AvFileType(string value) => _value = value ?? throw new ArgumentNullException(nameof(value));

    /// <summary><c>"hls"</c>: M3U8 playlists and TS segments.</summary>
    public static AvFileType Hls { get; } = new("hls");

    /// <summary><c>"mp4"</c>: MP4 files; send it together with <see cref="Hls"/> (<c>["hls","mp4"]</c>), MP4 alone is rejected.</summary>
    public static AvFileType Mp4 { get; } = new("mp4");

    /// <summary>The wire text (empty for <see langword="default"/>).</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Whether both hold the same wire text (ordinal).</summary>
    public bool Equals(AvFileType other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is AvFileType other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

    /// <summary>The wire text.</summary>
    public override string ToString() => Value;

    // Lets the value be a route or query value of a generated client: its wire text, whatever the format.
    string IFormattable.ToString(string? format, IFormatProvider? formatProvider) => Value;

    /// <summary>Whether both hold the same wire text.</summary>
    public static bool operator ==(AvFileType left, AvFileType right) => left.Equals(right);

    /// <summary>Whether the wire texts differ.</summary>
    public static bool operator !=(AvFileType left, AvFileType right) => !left.Equals(right);

    internal sealed class Converter : StringValueConverter<AvFileType>
    {
        protected override AvFileType FromWire(string value) => new(value);
    }
}
