using System;
using System.Text.Json.Serialization;

namespace Agora.Rest.Services.Signaling;

/// <summary>The kind of a user event (<c>type</c>); a value Agora adds later reads as it is.</summary>
[JsonConverter(typeof(Converter))]
public readonly struct UserEventType : IEquatable<UserEventType>, IFormattable
{
    private readonly string? _value;

    /// <summary>Wraps a wire value, known or not.</summary>
    /// <param name="value">The value as Agora spells it.</param>
    public UserEventType(string value) => _value = value ?? throw new ArgumentNullException(nameof(value));

    /// <summary><c>Login</c>: the user logged in to Signaling.</summary>
    public static UserEventType Login { get; } = new("Login");

    /// <summary><c>Logout</c>: the user logged out of Signaling.</summary>
    public static UserEventType Logout { get; } = new("Logout");

    /// <summary>The wire value (empty for <see langword="default"/>).</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Compares wire values, ordinally.</summary>
    /// <param name="other">The value to compare with.</param>
    public bool Equals(UserEventType other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is UserEventType other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

    /// <summary>The wire value.</summary>
    public override string ToString() => Value;

    // Lets the value be a route or query value of a generated client: its wire text, whatever the format.
    string IFormattable.ToString(string? format, IFormatProvider? formatProvider) => Value;

    /// <summary>Whether two values have the same wire value.</summary>
    public static bool operator ==(UserEventType left, UserEventType right) => left.Equals(right);

    /// <summary>Whether two values have different wire values.</summary>
    public static bool operator !=(UserEventType left, UserEventType right) => !left.Equals(right);

    internal sealed class Converter : StringValueConverter<UserEventType>
    {
        protected override UserEventType FromWire(string value) => new(value);
    }
}
