using System;
using System.Text.Json.Serialization;

namespace Agora.Rest.Services.MediaGateway;

/// <summary>The codec of transcoded video (<c>"H.264"</c>, <c>"VP8"</c>).</summary>
[JsonConverter(typeof(Converter))]
public readonly struct MediaGatewayVideoCodec : IEquatable<MediaGatewayVideoCodec>, IFormattable
{
    private readonly string? _value;

    /// <summary>Wraps a wire value.</summary>
    public MediaGatewayVideoCodec(string value) => _value = value ?? throw new ArgumentNullException(nameof(value));

    /// <summary>H.264 (<c>H.264</c>), Agora's default.</summary>
    public static MediaGatewayVideoCodec H264 { get; } = new("H.264");

    /// <summary>VP8 (<c>VP8</c>).</summary>
    public static MediaGatewayVideoCodec Vp8 { get; } = new("VP8");

    /// <summary>The wire value.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Compares wire values ordinally.</summary>
    public bool Equals(MediaGatewayVideoCodec other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

    /// <summary>Compares wire values ordinally.</summary>
    public override bool Equals(object? obj) => obj is MediaGatewayVideoCodec other && Equals(other);

    /// <summary>The wire value's ordinal hash.</summary>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

    /// <summary>The wire value.</summary>
    public override string ToString() => Value;

    // Lets the value be a route or query value of a generated client: its wire text, whatever the format.
    string IFormattable.ToString(string? format, IFormatProvider? formatProvider) => Value;

    /// <summary>Whether two values are the same wire value.</summary>
    public static bool operator ==(MediaGatewayVideoCodec left, MediaGatewayVideoCodec right) => left.Equals(right);

    /// <summary>Whether two values are different wire values.</summary>
    public static bool operator !=(MediaGatewayVideoCodec left, MediaGatewayVideoCodec right) => !left.Equals(right);

    internal sealed class Converter : StringValueConverter<MediaGatewayVideoCodec>
    {
        protected override MediaGatewayVideoCodec FromWire(string value) => new(value);
    }
}
