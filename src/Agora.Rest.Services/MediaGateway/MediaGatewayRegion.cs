using System;
using System.Text.Json.Serialization;

namespace Agora.Rest.Services.MediaGateway;

/// <summary>
/// The region of a Media Gateway stream (<c>na</c>, <c>eu</c>, <c>ap</c>, <c>cn</c>), the first segment of every route; it must
/// match the region of the streaming domain the encoder pushes to. Formats as its wire value in the route.
/// </summary>
[JsonConverter(typeof(Converter))]
public readonly struct MediaGatewayRegion : IEquatable<MediaGatewayRegion>, IFormattable
{
    private readonly string? _value;

    /// <summary>Wraps a wire value.</summary>
    public MediaGatewayRegion(string value) => _value = value ?? throw new ArgumentNullException(nameof(value));

    /// <summary>North America (<c>na</c>).</summary>
    public static MediaGatewayRegion NorthAmerica { get; } = new("na");

    /// <summary>Europe (<c>eu</c>).</summary>
    public static MediaGatewayRegion Europe { get; } = new("eu");

    /// <summary>Asia outside mainland China (<c>ap</c>).</summary>
    public static MediaGatewayRegion AsiaPacific { get; } = new("ap");

    /// <summary>Mainland China (<c>cn</c>).</summary>
    public static MediaGatewayRegion MainlandChina { get; } = new("cn");

    /// <summary>The wire value.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Compares wire values ordinally.</summary>
    public bool Equals(MediaGatewayRegion other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

    /// <summary>Compares wire values ordinally.</summary>
    public override bool Equals(object? obj) => obj is MediaGatewayRegion other && Equals(other);

    /// <summary>The wire value's ordinal hash.</summary>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

    /// <summary>The wire value.</summary>
    public override string ToString() => Value;

    // The generated client formats route values of IFormattable types; the wire value has no format.
    string IFormattable.ToString(string? format, IFormatProvider? formatProvider) => Value;

    /// <summary>Whether two values are the same wire value.</summary>
    public static bool operator ==(MediaGatewayRegion left, MediaGatewayRegion right) => left.Equals(right);

    /// <summary>Whether two values are different wire values.</summary>
    public static bool operator !=(MediaGatewayRegion left, MediaGatewayRegion right) => !left.Equals(right);

    internal sealed class Converter : StringValueConverter<MediaGatewayRegion>
    {
        protected override MediaGatewayRegion FromWire(string value) => new(value);
    }
}
