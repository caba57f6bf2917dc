using System;
using System.Text.Json.Serialization;

namespace Agora.Rest.Services.CloudRecording;

/// <summary>A screenshot file format (<c>snapshotConfig.fileType</c> items). A value Agora adds later reads as it is.</summary>
[JsonConverter(typeof(Converter))]
public readonly struct SnapshotFileType : IEquatable<SnapshotFileType>, IFormattable
{
    private readonly string? _value;

    /// <summary>Wraps a wire value, known or not.</summary>
    /// <param name="value">The exact wire text.</param>
    public SnapshotFileType(string value) => _value = value ?? throw new ArgumentNullException(nameof(value));

    /// <summary><c>"jpg"</c>: JPEG, the only format Agora documents.</summary>
    public static SnapshotFileType Jpg { get; } = new("jpg");

    /// <summary>The wire text (empty for <see langword="default"/>).</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Whether both hold the same wire text (ordinal).</summary>
    public bool Equals(SnapshotFileType other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is SnapshotFileType other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

    /// <summary>The wire text.</summary>
    public override string ToString() => Value;

    // Lets the value be a route or query value of a generated client: its wire text, whatever the format.
    string IFormattable.ToString(string? format, IFormatProvider? formatProvider) => Value;

    /// <summary>Whether both hold the same wire text.</summary>
    public static bool operator ==(SnapshotFileType left, SnapshotFileType right) => left.Equals(right);

    /// <summary>Whether the wire texts differ.</summary>
    public static bool operator !=(SnapshotFileType left, SnapshotFileType right) => !left.Equals(right);

    internal sealed class Converter : StringValueConverter<SnapshotFileType>
    {
        protected override SnapshotFileType FromWire(string value) => new(value);
    }
}
