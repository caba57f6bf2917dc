using System;
using System.Text.Json.Serialization;

namespace Agora.Rest.Services.SpeechToText;

/// <summary>The state of an STT agent as Agora writes it (<c>"RUNNING"</c>); a value Agora adds later reads as it is.</summary>
[JsonConverter(typeof(Converter))]
public readonly struct SttAgentStatus : IEquatable<SttAgentStatus>, IFormattable
{
    private readonly string? _value;

    /// <summary>Wraps a wire value.</summary>
    public SttAgentStatus(string value) => _value = value ?? throw new ArgumentNullException(nameof(value));

    /// <summary>Not initialized yet (<c>IDLE</c>).</summary>
    public static SttAgentStatus Idle { get; } = new("IDLE");

    /// <summary>Starting (<c>STARTING</c>).</summary>
    public static SttAgentStatus Starting { get; } = new("STARTING");

    /// <summary>Running (<c>RUNNING</c>).</summary>
    public static SttAgentStatus Running { get; } = new("RUNNING");

    /// <summary>Stopping (<c>STOPPING</c>).</summary>
    public static SttAgentStatus Stopping { get; } = new("STOPPING");

    /// <summary>Stopped normally (<c>STOPPED</c>).</summary>
    public static SttAgentStatus Stopped { get; } = new("STOPPED");

    /// <summary>Recovering (<c>RECOVERING</c>).</summary>
    public static SttAgentStatus Recovering { get; } = new("RECOVERING");

    /// <summary>Failed (<c>FAILED</c>).</summary>
    public static SttAgentStatus Failed { get; } = new("FAILED");

    /// <summary>The wire value.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Compares wire values ordinally.</summary>
    public bool Equals(SttAgentStatus other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

    /// <summary>Compares wire values ordinally.</summary>
    public override bool Equals(object? obj) => obj is SttAgentStatus other && Equals(other);

    /// <summary>The wire value's ordinal hash.</summary>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

    /// <summary>The wire value.</summary>
    public override string ToString() => Value;

    // Lets the value be a route or query value of a generated client: its wire text, whatever the format.
    string IFormattable.ToString(string? format, IFormatProvider? formatProvider) => Value;

    /// <summary>Whether two states have the same wire value.</summary>
    public static bool operator ==(SttAgentStatus left, SttAgentStatus right) => left.Equals(right);

    /// <summary>Whether two states have different wire values.</summary>
    public static bool operator !=(SttAgentStatus left, SttAgentStatus right) => !left.Equals(right);

    internal sealed class Converter : StringValueConverter<SttAgentStatus>
    {
        protected override SttAgentStatus FromWire(string value) => new(value);
    }
}
