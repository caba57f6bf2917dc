using System;
using System.Text.Json.Serialization;

namespace Agora.Rest.Services.ConversationalAi;

/// <summary>
/// The Selective Attention Locking mode.
/// Any other text Agora sends reads as it is.
/// </summary>
[JsonConverter(typeof(Converter))]
public readonly struct SalMode : IEquatable<SalMode>, IFormattable
{
    private readonly string? _value;

    /// <summary>Wraps a wire value, known or not.</summary>
    /// <param name="value">The exact text Agora uses.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    public SalMode(string value) => _value = value ?? throw new ArgumentNullException(nameof(value));

    /// <summary><c>locking</c>: lock onto one speaker, found automatically or by a registered voiceprint (the default).</summary>
    public static SalMode Locking { get; } = new("locking");

    /// <summary><c>recognition</c>: recognise the registered voiceprint and report speakers to the LLM as <c>vpids</c> (needs <c>llm.vendor</c> = <c>custom</c>).</summary>
    public static SalMode Recognition { get; } = new("recognition");

    /// <summary>The wire text (empty for <see langword="default"/>).</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Whether both hold the same wire text (ordinal).</summary>
    /// <param name="other">The value to compare with.</param>
    public bool Equals(SalMode other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

    /// <summary>Whether <paramref name="obj"/> is a <see cref="SalMode"/> with the same wire text.</summary>
    /// <param name="obj">The object to compare with.</param>
    public override bool Equals(object? obj) => obj is SalMode other && Equals(other);

    /// <summary>A hash of the wire text.</summary>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

    /// <summary>The wire text.</summary>
    public override string ToString() => Value;

    // Lets the value be a route or query value of a generated client: its wire text, whatever the format.
    string IFormattable.ToString(string? format, IFormatProvider? formatProvider) => Value;

    /// <summary>Whether both hold the same wire text.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    public static bool operator ==(SalMode left, SalMode right) => left.Equals(right);

    /// <summary>Whether the wire texts differ.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    public static bool operator !=(SalMode left, SalMode right) => !left.Equals(right);

    internal sealed class Converter : StringValueConverter<SalMode>
    {
        protected override SalMode FromWire(string value) => new(value);
    }
}
