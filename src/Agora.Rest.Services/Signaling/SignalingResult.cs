using System;
using System.Text.Json.Serialization;

namespace Agora.Rest.Services.Signaling;

/// <summary>The result of a Signaling request (<c>result</c>); a value Agora adds later reads as it is.</summary>
[JsonConverter(typeof(Converter))]
public readonly struct SignalingResult : IEquatable<SignalingResult>, IFormattable
{
    private readonly string? _value;

    /// <summary>Wraps a wire value, known or not.</summary>
    /// <param name="value">The value as Agora spells it.</param>
    public SignalingResult(string value) => _value = value ?? throw new ArgumentNullException(nameof(value));

    /// <summary><c>success</c>: the request succeeded.</summary>
    public static SignalingResult Success { get; } = new("success");

    /// <summary><c>failed</c>: the request failed.</summary>
    public static SignalingResult Failed { get; } = new("failed");

    /// <summary>The wire value (empty for <see langword="default"/>).</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Compares wire values, ordinally.</summary>
    /// <param name="other">The value to compare with.</param>
    public bool Equals(SignalingResult other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is SignalingResult other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

    /// <summary>The wire value.</summary>
    public override string ToString() => Value;

    // Lets the value be a route or query value of a generated client: its wire text, whatever the format.
    string IFormattable.ToString(string? format, IFormatProvider? formatProvider) => Value;

    /// <summary>Whether two values have the same wire value.</summary>
    public static bool operator ==(SignalingResult left, SignalingResult right) => left.Equals(right);

    /// <summary>Whether two values have different wire values.</summary>
    public static bool operator !=(SignalingResult left, SignalingResult right) => !left.Equals(right);

    internal sealed class Converter : StringValueConverter<SignalingResult>
    {
        protected override SignalingResult FromWire(string value) => new(value);
    }
}
