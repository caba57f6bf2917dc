using System;
using System.Text.Json.Serialization;

namespace Agora.Rest.Services.CloudRecording;

/// <summary>The state of one CDN push output (<c>payload.outputs[].status</c>). A value Agora adds later reads as it is.</summary>
[JsonConverter(typeof(Converter))]
public readonly struct RtmpPublishStatus : IEquatable<RtmpPublishStatus>, IFormattable
{
    private readonly string? _value;

    /// <summary>Wraps a wire value, known or not.</summary>
    /// <param name="value">The exact wire text.</param>
    public RtmpPublishStatus(string value) => _value = value ?? throw new ArgumentNullException(nameof(value));

    /// <summary><c>"connecting"</c>: connecting to the CDN server.</summary>
    public static RtmpPublishStatus Connecting { get; } = new("connecting");

    /// <summary><c>"publishing"</c>: pushing.</summary>
    public static RtmpPublishStatus Publishing { get; } = new("publishing");

    /// <summary><c>"onhold"</c>: paused.</summary>
    public static RtmpPublishStatus OnHold { get; } = new("onhold");

    /// <summary><c>"disconnected"</c>: could not connect to the CDN server.</summary>
    public static RtmpPublishStatus Disconnected { get; } = new("disconnected");

    /// <summary>The wire text (empty for <see langword="default"/>).</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Whether both hold the same wire text (ordinal).</summary>
    public bool Equals(RtmpPublishStatus other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is RtmpPublishStatus other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

    /// <summary>The wire text.</summary>
    public override string ToString() => Value;

    // Lets the value be a route or query value of a generated client: its wire text, whatever the format.
    string IFormattable.ToString(string? format, IFormatProvider? formatProvider) => Value;

    /// <summary>Whether both hold the same wire text.</summary>
    public static bool operator ==(RtmpPublishStatus left, RtmpPublishStatus right) => left.Equals(right);

    /// <summary>Whether the wire texts differ.</summary>
    public static bool operator !=(RtmpPublishStatus left, RtmpPublishStatus right) => !left.Equals(right);

    internal sealed class Converter : StringValueConverter<RtmpPublishStatus>
    {
        protected override RtmpPublishStatus FromWire(string value) => new(value);
    }
}
