using System;
using System.Text.Json.Serialization;

namespace Agora.Rest.Services.CloudRecording;

/// <summary>Where acquire may place the recorder (acquire's <c>clientRequest.region</c>); the storage region given to start must lie in the same area. A value Agora adds later reads as it is.</summary>
[JsonConverter(typeof(Converter))]
public readonly struct CloudRecordingRegion : IEquatable<CloudRecordingRegion>, IFormattable
{
    private readonly string? _value;

    /// <summary>Wraps a wire value, known or not.</summary>
    /// <param name="value">The exact wire text.</param>
    public CloudRecordingRegion(string value) => _value = value ?? throw new ArgumentNullException(nameof(value));

    /// <summary><c>"CN"</c>: Mainland China.</summary>
    public static CloudRecordingRegion MainlandChina { get; } = new("CN");

    /// <summary><c>"AP"</c>: Asia outside Mainland China.</summary>
    public static CloudRecordingRegion Asia { get; } = new("AP");

    /// <summary><c>"EU"</c>: Europe.</summary>
    public static CloudRecordingRegion Europe { get; } = new("EU");

    /// <summary><c>"NA"</c>: North America.</summary>
    public static CloudRecordingRegion NorthAmerica { get; } = new("NA");

    /// <summary>The wire text (empty for <see langword="default"/>).</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Whether both hold the same wire text (ordinal).</summary>
    public bool Equals(CloudRecordingRegion other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is CloudRecordingRegion other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

    /// <summary>The wire text.</summary>
    public override string ToString() => Value;

    // Lets the value be a route or query value of a generated client: its wire text, whatever the format.
    string IFormattable.ToString(string? format, IFormatProvider? formatProvider) => Value;

    /// <summary>Whether both hold the same wire text.</summary>
    public static bool operator ==(CloudRecordingRegion left, CloudRecordingRegion right) => left.Equals(right);

    /// <summary>Whether the wire texts differ.</summary>
    public static bool operator !=(CloudRecordingRegion left, CloudRecordingRegion right) => !left.Equals(right);

    internal sealed class Converter : StringValueConverter<CloudRecordingRegion>
    {
        protected override CloudRecordingRegion FromWire(string value) => new(value);
    }
}
