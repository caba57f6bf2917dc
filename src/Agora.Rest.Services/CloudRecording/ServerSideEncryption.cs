using System;
using System.Text.Json.Serialization;

namespace Agora.Rest.Services.CloudRecording;

/// <summary>How Amazon S3 encrypts uploaded files (<c>storageConfig.extensionParams.sse</c>; Amazon S3 only). A value Agora adds later reads as it is.</summary>
[JsonConverter(typeof(Converter))]
public readonly struct ServerSideEncryption : IEquatable<ServerSideEncryption>, IFormattable
{
    private readonly string? _value;

    /// <summary>Wraps a wire value, known or not.</summary>
    /// <param name="value">The exact wire text.</param>
    public ServerSideEncryption(string value) => _value = value ?? throw new ArgumentNullException(nameof(value));

    /// <summary><c>"kms"</c>: KMS encryption.</summary>
    public static ServerSideEncryption Kms { get; } = new("kms");

    /// <summary><c>"aes256"</c>: AES-256 encryption.</summary>
    public static ServerSideEncryption Aes256 { get; } = new("aes256");

    /// <summary>The wire text (empty for <see langword="default"/>).</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Whether both hold the same wire text (ordinal).</summary>
    public bool Equals(ServerSideEncryption other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is ServerSideEncryption other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

    /// <summary>The wire text.</summary>
    public override string ToString() => Value;

    // Lets the value be a route or query value of a generated client: its wire text, whatever the format.
    string IFormattable.ToString(string? format, IFormatProvider? formatProvider) => Value;

    /// <summary>Whether both hold the same wire text.</summary>
    public static bool operator ==(ServerSideEncryption left, ServerSideEncryption right) => left.Equals(right);

    /// <summary>Whether the wire texts differ.</summary>
    public static bool operator !=(ServerSideEncryption left, ServerSideEncryption right) => !left.Equals(right);

    internal sealed class Converter : StringValueConverter<ServerSideEncryption>
    {
        protected override ServerSideEncryption FromWire(string value) => new(value);
    }
}
