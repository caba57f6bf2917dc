using System;
using System.Text.Json.Serialization;

namespace Agora.Rest.Services.CloudRecording;

/// <summary>The state of a web recording extension service (<c>payload.state</c>). A value Agora adds later reads as it is.</summary>
[JsonConverter(typeof(Converter))]
public readonly struct ExtensionServiceRunState : IEquatable<ExtensionServiceRunState>, IFormattable
{
    private readonly string? _value;

    /// <summary>Wraps a wire value, known or not.</summary>
    /// <param name="value">The exact wire text.</param>
    public ExtensionServiceRunState(string value) => _value = value ?? throw new ArgumentNullException(nameof(value));

    /// <summary><c>"init"</c>: initializing.</summary>
    public static ExtensionServiceRunState Init { get; } = new("init");

    /// <summary><c>"inProgress"</c>: running.</summary>
    public static ExtensionServiceRunState InProgress { get; } = new("inProgress");

    /// <summary><c>"exit"</c>: stopped.</summary>
    public static ExtensionServiceRunState Exit { get; } = new("exit");

    /// <summary>The wire text (empty for <see langword="default"/>).</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Whether both hold the same wire text (ordinal).</summary>
    public bool Equals(ExtensionServiceRunState other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is ExtensionServiceRunState other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

    /// <summary>The wire text.</summary>
    public override string ToString() => Value;

    // Lets the value be a route or query value of a generated client: its wire text, whatever the format.
    string IFormattable.ToString(string? format, IFormatProvider? formatProvider) => Value;

    /// <summary>Whether both hold the same wire text.</summary>
    public static bool operator ==(ExtensionServiceRunState left, ExtensionServiceRunState right) => left.Equals(right);

    /// <summary>Whether the wire texts differ.</summary>
    public static bool operator !=(ExtensionServiceRunState left, ExtensionServiceRunState right) => !left.Equals(right);

    internal sealed class Converter : StringValueConverter<ExtensionServiceRunState>
    {
        protected override ExtensionServiceRunState FromWire(string value) => new(value);
    }
}
