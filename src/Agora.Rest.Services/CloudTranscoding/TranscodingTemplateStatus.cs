using System;
using System.Text.Json.Serialization;

namespace Agora.Rest.Services.CloudTranscoding;

/// <summary>
/// Whether a transcoding-template request succeeded (<c>status</c> of the template operations).
/// </summary>
[JsonConverter(typeof(Converter))]
public readonly struct TranscodingTemplateStatus : IEquatable<TranscodingTemplateStatus>
{
    private readonly string? _value;

    /// <summary>Wraps a wire value, one of the known ones or one Agora added later.</summary>
    /// <param name="value">The exact wire text.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    public TranscodingTemplateStatus(string value) => _value = value ?? throw new ArgumentNullException(nameof(value));

    /// <summary><c>success</c>: the request succeeded.</summary>
    public static TranscodingTemplateStatus Success { get; } = new("success");

    /// <summary><c>error</c>: the request failed; the response's message says why.</summary>
    public static TranscodingTemplateStatus Error { get; } = new("error");

    /// <summary>The wire text; empty for <see langword="default"/>.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Whether both carry the same wire text (ordinal comparison).</summary>
    /// <param name="other">The value to compare with.</param>
    public bool Equals(TranscodingTemplateStatus other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

    /// <summary>Whether <paramref name="obj"/> is a value with the same wire text.</summary>
    /// <param name="obj">The object to compare with.</param>
    public override bool Equals(object? obj) => obj is TranscodingTemplateStatus other && Equals(other);

    /// <summary>The hash of the wire text (ordinal).</summary>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

    /// <summary>The wire text, as sent and received.</summary>
    public override string ToString() => Value;

    /// <summary>Whether both carry the same wire text.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    public static bool operator ==(TranscodingTemplateStatus left, TranscodingTemplateStatus right) => left.Equals(right);

    /// <summary>Whether the wire texts differ.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    public static bool operator !=(TranscodingTemplateStatus left, TranscodingTemplateStatus right) => !left.Equals(right);

    internal sealed class Converter : StringValueConverter<TranscodingTemplateStatus>
    {
        protected override TranscodingTemplateStatus FromWire(string value) => new(value);
    }
}
