using System;
using System.Text.Json.Serialization;

namespace Agora.Rest.Services.ConversationalAi;

/// <summary>
/// The state of an agent instance, as join, update, status, list and history answers report it.
/// Any other text Agora sends reads as it is.
/// </summary>
[JsonConverter(typeof(Converter))]
public readonly struct AgentStatus : IEquatable<AgentStatus>, IFormattable
{
    private readonly string? _value;

    /// <summary>Wraps a wire value, known or not.</summary>
    /// <param name="value">The exact text Agora uses.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    public AgentStatus(string value) => _value = value ?? throw new ArgumentNullException(nameof(value));

    /// <summary><c>IDLE</c>: idle (numeric code 0).</summary>
    public static AgentStatus Idle { get; } = new("IDLE");

    /// <summary><c>STARTING</c>: being started (code 1).</summary>
    public static AgentStatus Starting { get; } = new("STARTING");

    /// <summary><c>RUNNING</c>: running (code 2).</summary>
    public static AgentStatus Running { get; } = new("RUNNING");

    /// <summary><c>STOPPING</c>: stopping (code 3).</summary>
    public static AgentStatus Stopping { get; } = new("STOPPING");

    /// <summary><c>STOPPED</c>: has exited (code 4).</summary>
    public static AgentStatus Stopped { get; } = new("STOPPED");

    /// <summary><c>FAILED</c>: failed to run (code 6).</summary>
    public static AgentStatus Failed { get; } = new("FAILED");

    /// <summary>The wire text (empty for <see langword="default"/>).</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Whether both hold the same wire text (ordinal).</summary>
    /// <param name="other">The value to compare with.</param>
    public bool Equals(AgentStatus other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

    /// <summary>Whether <paramref name="obj"/> is a <see cref="AgentStatus"/> with the same wire text.</summary>
    /// <param name="obj">The object to compare with.</param>
    public override bool Equals(object? obj) => obj is AgentStatus other && Equals(other);

    /// <summary>A hash of the wire text.</summary>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

    /// <summary>The wire text.</summary>
    public override string ToString() => Value;

    // Lets the value be a route or query value of a generated client: its wire text, whatever the format.
    string IFormattable.ToString(string? format, IFormatProvider? formatProvider) => Value;

    /// <summary>Whether both hold the same wire text.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    public static bool operator ==(AgentStatus left, AgentStatus right) => left.Equals(right);

    /// <summary>Whether the wire texts differ.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    public static bool operator !=(AgentStatus left, AgentStatus right) => !left.Equals(right);

    internal sealed class Converter : StringValueConverter<AgentStatus>
    {
        protected override AgentStatus FromWire(string value) => new(value);
    }
}
