using System;
using System.Text.Json.Serialization;

namespace Agora.Rest.Services.ConversationalAi;

/// <summary>
/// What a think request does in a given agent state.
/// Any other text Agora sends reads as it is.
/// </summary>
[JsonConverter(typeof(Converter))]
public readonly struct ThinkAction : IEquatable<ThinkAction>, IFormattable
{
    private readonly string? _value;

    /// <summary>Wraps a wire value, known or not.</summary>
    /// <param name="value">The exact text Agora uses.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    public ThinkAction(string value) => _value = value ?? throw new ArgumentNullException(nameof(value));

    /// <summary><c>inject</c>: adds the text to the current turn without interrupting (listening only).</summary>
    public static ThinkAction Inject { get; } = new("inject");

    /// <summary><c>interrupt</c>: starts a new turn now.</summary>
    public static ThinkAction Interrupt { get; } = new("interrupt");

    /// <summary><c>ignore</c>: drops the request.</summary>
    public static ThinkAction Ignore { get; } = new("ignore");

    /// <summary>The wire text (empty for <see langword="default"/>).</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Whether both hold the same wire text (ordinal).</summary>
    /// <param name="other">The value to compare with.</param>
    public bool Equals(ThinkAction other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

    /// <summary>Whether <paramref name="obj"/> is a <see cref="ThinkAction"/> with the same wire text.</summary>
    /// <param name="obj">The object to compare with.</param>
    public override bool Equals(object? obj) => obj is ThinkAction other && Equals(other);

    /// <summary>A hash of the wire text.</summary>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

    /// <summary>The wire text.</summary>
    public override string ToString() => Value;

    // Lets the value be a route or query value of a generated client: its wire text, whatever the format.
    string IFormattable.ToString(string? format, IFormatProvider? formatProvider) => Value;

    /// <summary>Whether both hold the same wire text.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    public static bool operator ==(ThinkAction left, ThinkAction right) => left.Equals(right);

    /// <summary>Whether the wire texts differ.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    public static bool operator !=(ThinkAction left, ThinkAction right) => !left.Equals(right);

    internal sealed class Converter : StringValueConverter<ThinkAction>
    {
        protected override ThinkAction FromWire(string value) => new(value);
    }
}
