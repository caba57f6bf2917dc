using System;
using System.Text.Json.Serialization;

namespace Agora.Rest.Services.CloudTranscoding;

/// <summary>
/// How the transcoder treats its inputs (<c>streamProcessMode</c>); omitted means <see cref="Mix"/>.
/// </summary>
[JsonConverter(typeof(Converter))]
public readonly struct TranscoderStreamProcessMode : IEquatable<TranscoderStreamProcessMode>
{
    private readonly string? _value;

    /// <summary>Wraps a wire value, one of the known ones or one Agora added later.</summary>
    /// <param name="value">The exact wire text.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    public TranscoderStreamProcessMode(string value) => _value = value ?? throw new ArgumentNullException(nameof(value));

    /// <summary><c>mix</c>: merge every input into one output (the default).</summary>
    public static TranscoderStreamProcessMode Mix { get; } = new("mix");

    /// <summary><c>heterogeneous-single</c>: the heterogeneous single-stream mode Agora names <c>heterogeneous-single</c>.</summary>
    public static TranscoderStreamProcessMode HeterogeneousSingleStream { get; } = new("heterogeneous-single");

    /// <summary><c>single</c>: the single-stream mode.</summary>
    public static TranscoderStreamProcessMode SingleStream { get; } = new("single");

    /// <summary>The wire text; empty for <see langword="default"/>.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Whether both carry the same wire text (ordinal comparison).</summary>
    /// <param name="other">The value to compare with.</param>
    public bool Equals(TranscoderStreamProcessMode other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

    /// <summary>Whether <paramref name="obj"/> is a value with the same wire text.</summary>
    /// <param name="obj">The object to compare with.</param>
    public override bool Equals(object? obj) => obj is TranscoderStreamProcessMode other && Equals(other);

    /// <summary>The hash of the wire text (ordinal).</summary>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

    /// <summary>The wire text, as sent and received.</summary>
    public override string ToString() => Value;

    /// <summary>Whether both carry the same wire text.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    public static bool operator ==(TranscoderStreamProcessMode left, TranscoderStreamProcessMode right) => left.Equals(right);

    /// <summary>Whether the wire texts differ.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    public static bool operator !=(TranscoderStreamProcessMode left, TranscoderStreamProcessMode right) => !left.Equals(right);

    internal sealed class Converter : StringValueConverter<TranscoderStreamProcessMode>
    {
        protected override TranscoderStreamProcessMode FromWire(string value) => new(value);
    }
}
