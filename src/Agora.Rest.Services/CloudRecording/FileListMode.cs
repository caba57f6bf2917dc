using System;
using System.Text.Json.Serialization;

namespace Agora.Rest.Services.CloudRecording;

/// <summary>The shape of <c>serverResponse.fileList</c> (<c>fileListMode</c>) in individual and mix responses. A value Agora adds later reads as it is.</summary>
[JsonConverter(typeof(Converter))]
public readonly struct FileListMode : IEquatable<FileListMode>, IFormattable
{
    private readonly string? _value;

    /// <summary>Wraps a wire value, known or not.</summary>
    /// <param name="value">The exact wire text.</param>
    public FileListMode(string value) => _value = value ?? throw new ArgumentNullException(nameof(value));

    /// <summary><c>"string"</c>: <c>fileList</c> is one M3U8 file name (mix mode with <c>avFileType</c> <c>["hls"]</c>).</summary>
    public static FileListMode Text { get; } = new("string");

    /// <summary><c>"json"</c>: <c>fileList</c> is an array of file entries (<c>avFileType</c> <c>["hls","mp4"]</c>).</summary>
    public static FileListMode Json { get; } = new("json");

    /// <summary>The wire text (empty for <see langword="default"/>).</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Whether both hold the same wire text (ordinal).</summary>
    public bool Equals(FileListMode other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is FileListMode other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

    /// <summary>The wire text.</summary>
    public override string ToString() => Value;

    // Lets the value be a route or query value of a generated client: its wire text, whatever the format.
    string IFormattable.ToString(string? format, IFormatProvider? formatProvider) => Value;

    /// <summary>Whether both hold the same wire text.</summary>
    public static bool operator ==(FileListMode left, FileListMode right) => left.Equals(right);

    /// <summary>Whether the wire texts differ.</summary>
    public static bool operator !=(FileListMode left, FileListMode right) => !left.Equals(right);

    internal sealed class Converter : StringValueConverter<FileListMode>
    {
        protected override FileListMode FromWire(string value) => new(value);
    }
}
