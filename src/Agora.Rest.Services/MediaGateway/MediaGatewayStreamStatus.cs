using System;
using System.Text.Json.Serialization;

namespace Agora.Rest.Services.MediaGateway;

/// <summary>The state of a stream being pushed (<c>"Started"</c>, <c>"Running"</c>); a value Agora adds later reads as it is.</summary>
[JsonConverter(typeof(Converter))]
public readonly struct MediaGatewayStreamStatus : IEquatable<MediaGatewayStreamStatus>, IFormattable
{
    private readonly string? _value;

    /// <summary>Wraps a wire value.</summary>
    public MediaGatewayStreamStatus(string value) => _value = value ?? throw new ArgumentNullException(nameof(value));

    /// <summary>Connected, waiting for audio and video (<c>Started</c>).</summary>
    public static MediaGatewayStreamStatus Started { get; } = new("Started");

    /// <summary>Audio and video flowing (<c>Running</c>).</summary>
    public static MediaGatewayStreamStatus Running { get; } = new("Running");

    /// <summary>The wire value.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Compares wire values ordinally.</summary>
    public bool Equals(MediaGatewayStreamStatus other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

    /// <summary>Compares wire values ordinally.</summary>
    public override bool Equals(object? obj) => obj is MediaGatewayStreamStatus other && Equals(other);

    /// <summary>The wire value's ordinal hash.</summary>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

    /// <summary>The wire value.</summary>
    public override string ToString() => Value;

    // Lets the value be a route or query value of a generated client: its wire text, whatever the format.
    string IFormattable.ToString(string? format, IFormatProvider? formatProvider) => Value;

    /// <summary>Whether two values are the same wire value.</summary>
    public static bool operator ==(MediaGatewayStreamStatus left, MediaGatewayStreamStatus right) => left.Equals(right);

    /// <summary>Whether two values are different wire values.</summary>
    public static bool operator !=(MediaGatewayStreamStatus left, MediaGatewayStreamStatus right) => !left.Equals(right);

    internal sealed class Converter : StringValueConverter<MediaGatewayStreamStatus>
    {
        protected override MediaGatewayStreamStatus FromWire(string value) => new(value);
    }
}
