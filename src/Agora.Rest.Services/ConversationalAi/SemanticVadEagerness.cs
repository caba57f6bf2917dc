using System;
using System.Text.Json.Serialization;

namespace Agora.Rest.Services.ConversationalAi;

/// <summary>
/// How eagerly OpenAI Realtime's semantic detection ends the user's turn.
/// Any other text Agora sends reads as it is.
/// </summary>
[JsonConverter(typeof(Converter))]
public readonly struct SemanticVadEagerness : IEquatable<SemanticVadEagerness>, IFormattable
{
    private readonly string? _value;

    /// <summary>Wraps a wire value, known or not.</summary>
    /// <param name="value">The exact text Agora uses.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    public SemanticVadEagerness(string value) => _value = value ?? throw new ArgumentNullException(nameof(value));

    /// <summary><c>auto</c>: the vendor's default.</summary>
    public static SemanticVadEagerness Auto { get; } = new("auto");

    /// <summary><c>low</c>: low.</summary>
    public static SemanticVadEagerness Low { get; } = new("low");

    /// <summary><c>medium</c>: medium.</summary>
    public static SemanticVadEagerness Medium { get; } = new("medium");

    /// <summary><c>high</c>: high.</summary>
    public static SemanticVadEagerness High { get; } = new("high");

    /// <summary>The wire text (empty for <see langword="default"/>).</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Whether both hold the same wire text (ordinal).</summary>
    /// <param name="other">The value to compare with.</param>
    public bool Equals(SemanticVadEagerness other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

    /// <summary>Whether <paramref name="obj"/> is a <see cref="SemanticVadEagerness"/> with the same wire text.</summary>
    /// <param name="obj">The object to compare with.</param>
    public override bool Equals(object? obj) => obj is SemanticVadEagerness other && Equals(other);

    /// <summary>A hash of the wire text.</summary>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

    /// <summary>The wire text.</summary>
    public override string ToString() => Value;

    // Lets the value be a route or query value of a generated client: its wire text, whatever the format.
    string IFormattable.ToString(string? format, IFormatProvider? formatProvider) => Value;

    /// <summary>Whether both hold the same wire text.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    public static bool operator ==(SemanticVadEagerness left, SemanticVadEagerness right) => left.Equals(right);

    /// <summary>Whether the wire texts differ.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    public static bool operator !=(SemanticVadEagerness left, SemanticVadEagerness right) => !left.Equals(right);

    internal sealed class Converter : StringValueConverter<SemanticVadEagerness>
    {
        protected override SemanticVadEagerness FromWire(string value) => new(value);
    }
}
