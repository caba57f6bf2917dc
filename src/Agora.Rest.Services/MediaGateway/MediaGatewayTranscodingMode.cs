using System;
using System.Text.Json.Serialization;

namespace Agora.Rest.Services.MediaGateway;

/// <summary>When video is transcoded (<c>"force"</c>, <c>"adaptive"</c>).</summary>
[JsonConverter(typeof(Converter))]
public readonly struct MediaGatewayTranscodingMode : IEquatable<MediaGatewayTranscodingMode>, IFormattable
{
    private readonly string? _value;

    /// <summary>Wraps a wire value.</summary>
    public MediaGatewayTranscodingMode(string value) => _value = value ?? throw new ArgumentNullException(nameof(value));

    /// <summary>Always (<c>force</c>), Agora's default.</summary>
    public static MediaGatewayTranscodingMode Force { get; } = new("force");

    /// <summary>Only when the source has B-frames (<c>adaptive</c>).</summary>
    public static MediaGatewayTranscodingMode Adaptive { get; } = new("adaptive");

    /// <summary>The wire value.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Compares wire values ordinally.</summary>
    public bool Equals(MediaGatewayTranscodingMode other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

    /// <summary>Compares wire values ordinally.</summary>
    public override bool Equals(object? obj) => obj is MediaGatewayTranscodingMode other && Equals(other);

    /// <summary>The wire value's ordinal hash.</summary>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

    /// <summary>The wire value.</summary>
    public override string ToString() => Value;

    // Lets the value be a route or query value of a generated client: its wire text, whatever the format.
    string IFormattable.ToString(string? format, IFormatProvider? formatProvider) => Value;

    /// <summary>Whether two values are the same wire value.</summary>
    public static bool operator ==(MediaGatewayTranscodingMode left, MediaGatewayTranscodingMode right) => left.Equals(right);

    /// <summary>Whether two values are different wire values.</summary>
    public static bool operator !=(MediaGatewayTranscodingMode left, MediaGatewayTranscodingMode right) => !left.Equals(right);

    internal sealed class Converter : StringValueConverter<MediaGatewayTranscodingMode>
    {
        protected override MediaGatewayTranscodingMode FromWire(string value) => new(value);
    }
}
