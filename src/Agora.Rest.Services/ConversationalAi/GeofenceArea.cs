using System;
using System.Text.Json.Serialization;

namespace Agora.Rest.Services.ConversationalAi;

/// <summary>
/// A region of Agora servers the agent may use (or, for an excluded area, must avoid).
/// Any other text Agora sends reads as it is.
/// </summary>
[JsonConverter(typeof(Converter))]
public readonly struct GeofenceArea : IEquatable<GeofenceArea>, IFormattable
{
    private readonly string? _value;

    /// <summary>Wraps a wire value, known or not.</summary>
    /// <param name="value">The exact text Agora uses.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    public GeofenceArea(string value) => _value = value ?? throw new ArgumentNullException(nameof(value));

    /// <summary><c>GLOBAL</c>: every region (only as <c>area</c>; the only area that allows <c>exclude_area</c>).</summary>
    public static GeofenceArea Global { get; } = new("GLOBAL");

    /// <summary><c>NORTH_AMERICA</c>: North America.</summary>
    public static GeofenceArea NorthAmerica { get; } = new("NORTH_AMERICA");

    /// <summary><c>EUROPE</c>: Europe.</summary>
    public static GeofenceArea Europe { get; } = new("EUROPE");

    /// <summary><c>ASIA</c>: Asia.</summary>
    public static GeofenceArea Asia { get; } = new("ASIA");

    /// <summary><c>INDIA</c>: India.</summary>
    public static GeofenceArea India { get; } = new("INDIA");

    /// <summary><c>JAPAN</c>: Japan.</summary>
    public static GeofenceArea Japan { get; } = new("JAPAN");

    /// <summary>The wire text (empty for <see langword="default"/>).</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Whether both hold the same wire text (ordinal).</summary>
    /// <param name="other">The value to compare with.</param>
    public bool Equals(GeofenceArea other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

    /// <summary>Whether <paramref name="obj"/> is a <see cref="GeofenceArea"/> with the same wire text.</summary>
    /// <param name="obj">The object to compare with.</param>
    public override bool Equals(object? obj) => obj is GeofenceArea other && Equals(other);

    /// <summary>A hash of the wire text.</summary>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

    /// <summary>The wire text.</summary>
    public override string ToString() => Value;

    // Lets the value be a route or query value of a generated client: its wire text, whatever the format.
    string IFormattable.ToString(string? format, IFormatProvider? formatProvider) => Value;

    /// <summary>Whether both hold the same wire text.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    public static bool operator ==(GeofenceArea left, GeofenceArea right) => left.Equals(right);

    /// <summary>Whether the wire texts differ.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    public static bool operator !=(GeofenceArea left, GeofenceArea right) => !left.Equals(right);

    internal sealed class Converter : StringValueConverter<GeofenceArea>
    {
        protected override GeofenceArea FromWire(string value) => new(value);
    }
}
