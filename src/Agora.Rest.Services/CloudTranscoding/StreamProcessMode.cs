using System;
using System.Text.Json.Serialization;

namespace Agora.Rest.Services.CloudTranscoding;

/// <summary>
/// How the transcoder treats its inputs (<c>streamProcessMode</c>); omitted means <see cref="Mix"/>.
/// </summary>
[JsonConverter(typeof(Converter))]
public readonly struct StreamProcessMode : IEquatable<StreamProcessMode>
{
    private readonly string? _value;

    /// <summary>Wraps a wire value, one of the known ones or one Agora added later.</summary>
    /// <param name="value">The exact wire text.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    public StreamProcessMode(string value) => _value = value ?? throw new ArgumentNullException(nameof(value));

    /// <summary><c>mix</c>: merge every input into one output (the default).</summary>
    public static StreamProcessMode Mix { get; } = new("mix");

    /// <summary><c>heterogeneous-single</c>: the heterogeneous single-stream mode Agora names <c>heterogeneous-single</c>.</summary>
    public static StreamProcessMode HeterogeneousSingleStream { get; } = new("heterogeneous-single");

    /// <summary><c>single</c>: the single-stream mode.</summary>
    public static StreamProcessMode SingleStream { get; } = new("single");

    /// <summary>The wire text; empty for <see langword="default"/>.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Whether both carry the same wire text (ordinal comparison).</summary>
    /// <param name="other">The value to compare with.</param>
    public bool Equals(StreamProcessMode other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

    /// <summary>Whether <paramref name="obj"/> is a value with the same wire text.</summary>
    /// <param name="obj">The object to compare with.</param>
    public override bool Equals(object? obj) => obj is StreamProcessMode other && Equals(other);

    /// <summary>The hash of the wire text (ordinal).</summary>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

    /// <summary>The wire text, as sent and received.</summary>
    public override string ToString() => Value;

    /// <summary>Whether both carry the same wire text.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    public static bool operator ==(StreamProcessMode left, StreamProcessMode right) => left.Equals(right);

    /// <summary>Whether the wire texts differ.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    public static bool operator !=(StreamProcessMode left, StreamProcessMode right) => !left.Equals(right);

    internal sealed class Converter : StringValueConverter<StreamProcessMode>
    {
        protected override StreamProcessMode FromWire(string value) => new(value);
    }
}
