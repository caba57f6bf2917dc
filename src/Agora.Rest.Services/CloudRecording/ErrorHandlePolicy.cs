using System;
using System.Text.Json.Serialization;

namespace Agora.Rest.Services.CloudRecording;

/// <summary>What happens to other services when an extension service fails (<c>errorHandlePolicy</c>). A value Agora adds later reads as it is.</summary>
[JsonConverter(typeof(Converter))]
public readonly struct ErrorHandlePolicy : IEquatable<ErrorHandlePolicy>, IFormattable
{
    private readonly string? _value;

    /// <summary>Wraps a wire value, known or not.</summary>
    /// <param name="value">The exact wire text.</param>
    public ErrorHandlePolicy(string value) => _value = value ?? throw new ArgumentNullException(nameof(value));

    /// <summary><c>"error_abort"</c>: stop the other services too; the only value the service-wide policy takes and the web recorder's default.</summary>
    public static ErrorHandlePolicy Abort { get; } = new("error_abort");

    /// <summary><c>"error_ignore"</c>: leave the other services running; the CDN push service's default.</summary>
    public static ErrorHandlePolicy Ignore { get; } = new("error_ignore");

    /// <summary>The wire text (empty for <see langword="default"/>).</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Whether both hold the same wire text (ordinal).</summary>
    public bool Equals(ErrorHandlePolicy other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is ErrorHandlePolicy other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

    /// <summary>The wire text.</summary>
    public override string ToString() => Value;

    // Lets the value be a route or query value of a generated client: its wire text, whatever the format.
    string IFormattable.ToString(string? format, IFormatProvider? formatProvider) => Value;

    /// <summary>Whether both hold the same wire text.</summary>
    public static bool operator ==(ErrorHandlePolicy left, ErrorHandlePolicy right) => left.Equals(right);

    /// <summary>Whether the wire texts differ.</summary>
    public static bool operator !=(ErrorHandlePolicy left, ErrorHandlePolicy right) => !left.Equals(right);

    internal sealed class Converter : StringValueConverter<ErrorHandlePolicy>
    {
        protected override ErrorHandlePolicy FromWire(string value) => new(value);
    }
}
