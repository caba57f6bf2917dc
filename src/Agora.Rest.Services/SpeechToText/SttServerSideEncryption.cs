using System;
using System.Text.Json.Serialization;

namespace Agora.Rest.Services.SpeechToText;

/// <summary>Server-side encryption of caption files in Amazon S3 (<c>"aes256"</c>, <c>"kms"</c>).</summary>
[JsonConverter(typeof(Converter))]
public readonly struct SttServerSideEncryption : IEquatable<SttServerSideEncryption>, IFormattable
{
    private readonly string? _value;

    /// <summary>Wraps a wire value.</summary>
    public SttServerSideEncryption(string value) => _value = value ?? throw new ArgumentNullException(nameof(value));

    /// <summary>AES-256 encryption (<c>aes256</c>).</summary>
    public static SttServerSideEncryption Aes256 { get; } = new("aes256");

    /// <summary>AWS KMS encryption (<c>kms</c>).</summary>
    public static SttServerSideEncryption Kms { get; } = new("kms");

    /// <summary>The wire value.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Compares wire values ordinally.</summary>
    public bool Equals(SttServerSideEncryption other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

    /// <summary>Compares wire values ordinally.</summary>
    public override bool Equals(object? obj) => obj is SttServerSideEncryption other && Equals(other);

    /// <summary>The wire value's ordinal hash.</summary>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

    /// <summary>The wire value.</summary>
    public override string ToString() => Value;

    // Lets the value be a route or query value of a generated client: its wire text, whatever the format.
    string IFormattable.ToString(string? format, IFormatProvider? formatProvider) => Value;

    /// <summary>Whether two values are the same wire value.</summary>
    public static bool operator ==(SttServerSideEncryption left, SttServerSideEncryption right) => left.Equals(right);

    /// <summary>Whether two values are different wire values.</summary>
    public static bool operator !=(SttServerSideEncryption left, SttServerSideEncryption right) => !left.Equals(right);

    internal sealed class Converter : StringValueConverter<SttServerSideEncryption>
    {
        protected override SttServerSideEncryption FromWire(string value) => new(value);
    }
}
