using System;
using System.Text.Json.Serialization;

namespace Agora.Rest.Services.MediaPush;

/// <summary>
/// The region a Media Push converter or a Media Pull player runs in: the <c>{region}</c> path segment, sent lower case as its wire text.
/// Create in the region of the CDN origin (push) or of the stream's origin (pull); later calls about it use the same region.
/// </summary>
[JsonConverter(typeof(Converter))]
public readonly struct StreamingRegion : IEquatable<StreamingRegion>, IFormattable
{
    private readonly string? _value;

    /// <summary>Wraps a wire value, one of the known ones or one Agora added later.</summary>
    /// <param name="value">The exact wire text.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    public StreamingRegion(string value) => _value = value ?? throw new ArgumentNullException(nameof(value));

    /// <summary><c>cn</c>: Mainland China.</summary>
    public static StreamingRegion Cn { get; } = new("cn");

    /// <summary><c>ap</c>: Asia outside Mainland China.</summary>
    public static StreamingRegion Ap { get; } = new("ap");

    /// <summary><c>na</c>: North America.</summary>
    public static StreamingRegion Na { get; } = new("na");

    /// <summary><c>eu</c>: Europe.</summary>
    public static StreamingRegion Eu { get; } = new("eu");

    /// <summary>The wire text; empty for <see langword="default"/>.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Whether both carry the same wire text (ordinal comparison).</summary>
    /// <param name="other">The value to compare with.</param>
    public bool Equals(StreamingRegion other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

    /// <summary>Whether <paramref name="obj"/> is a value with the same wire text.</summary>
    /// <param name="obj">The object to compare with.</param>
    public override bool Equals(object? obj) => obj is StreamingRegion other && Equals(other);

    /// <summary>The hash of the wire text (ordinal).</summary>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

    /// <summary>The wire text, as sent and received.</summary>
    public override string ToString() => Value;

    /// <summary>The wire text whatever the format or culture: how a route or query value of this type is written.</summary>
    /// <param name="format">Ignored.</param>
    /// <param name="formatProvider">Ignored.</param>
    string IFormattable.ToString(string? format, IFormatProvider? formatProvider) => Value;

    /// <summary>Whether both carry the same wire text.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    public static bool operator ==(StreamingRegion left, StreamingRegion right) => left.Equals(right);

    /// <summary>Whether the wire texts differ.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    public static bool operator !=(StreamingRegion left, StreamingRegion right) => !left.Equals(right);

    internal sealed class Converter : StringValueConverter<StreamingRegion>
    {
        protected override StreamingRegion FromWire(string value) => new(value);
    }
}
