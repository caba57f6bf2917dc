using System;
using System.Text.Json.Serialization;

namespace Agora.Rest.Services.CloudRecording;

/// <summary>A web recording extension service (<c>serviceName</c> in start requests and in query and stop states). A value Agora adds later reads as it is.</summary>
[JsonConverter(typeof(Converter))]
public readonly struct ExtensionServiceName : IEquatable<ExtensionServiceName>, IFormattable
{
    private readonly string? _value;

    /// <summary>Wraps a wire value, known or not.</summary>
    /// <param name="value">The exact wire text.</param>
    public ExtensionServiceName(string value) => _value = value ?? throw new ArgumentNullException(nameof(value));

    /// <summary><c>"web_recorder_service"</c>: records the web page.</summary>
    public static ExtensionServiceName WebRecorder { get; } = new("web_recorder_service");

    /// <summary><c>"rtmp_publish_service"</c>: pushes the recorded page to a CDN over RTMP(S).</summary>
    public static ExtensionServiceName RtmpPublish { get; } = new("rtmp_publish_service");

    /// <summary><c>"upload_service"</c>: uploads the files; reported by stop only.</summary>
    public static ExtensionServiceName Upload { get; } = new("upload_service");

    /// <summary>The wire text (empty for <see langword="default"/>).</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Whether both hold the same wire text (ordinal).</summary>
    public bool Equals(ExtensionServiceName other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is ExtensionServiceName other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

    /// <summary>The wire text.</summary>
    public override string ToString() => Value;

    // Lets the value be a route or query value of a generated client: its wire text, whatever the format.
    string IFormattable.ToString(string? format, IFormatProvider? formatProvider) => Value;

    /// <summary>Whether both hold the same wire text.</summary>
    public static bool operator ==(ExtensionServiceName left, ExtensionServiceName right) => left.Equals(right);

    /// <summary>Whether the wire texts differ.</summary>
    public static bool operator !=(ExtensionServiceName left, ExtensionServiceName right) => !left.Equals(right);

    internal sealed class Converter : StringValueConverter<ExtensionServiceName>
    {
        protected override ExtensionServiceName FromWire(string value) => new(value);
    }
}
