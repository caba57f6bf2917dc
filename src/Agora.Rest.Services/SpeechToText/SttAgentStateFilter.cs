using System;
using System.Text.Json.Serialization;

namespace Agora.Rest.Services.SpeechToText;

/// <summary>
/// The <c>state</c> filter of <see cref="ISpeechToTextApi.ListAgentsAsync"/>: a state's numeric code, which Agora types as
/// a string (<c>"2"</c> is running). Formats as its wire value in the query.
/// </summary>
[JsonConverter(typeof(Converter))]
public readonly struct SttAgentStateFilter : IEquatable<SttAgentStateFilter>, IFormattable
{
    private readonly string? _value;

    /// <summary>Wraps a wire value.</summary>
    public SttAgentStateFilter(string value) => _value = value ?? throw new ArgumentNullException(nameof(value));

    /// <summary>Agents not initialized yet (<c>"0"</c>, IDLE).</summary>
    public static SttAgentStateFilter Idle { get; } = new("0");

    /// <summary>Agents starting (<c>"1"</c>, STARTING).</summary>
    public static SttAgentStateFilter Starting { get; } = new("1");

    /// <summary>Agents running (<c>"2"</c>, RUNNING); Agora's default filter.</summary>
    public static SttAgentStateFilter Running { get; } = new("2");

    /// <summary>Agents stopping (<c>"3"</c>, STOPPING).</summary>
    public static SttAgentStateFilter Stopping { get; } = new("3");

    /// <summary>Agents stopped normally (<c>"4"</c>, STOPPED).</summary>
    public static SttAgentStateFilter Stopped { get; } = new("4");

    /// <summary>Agents recovering (<c>"5"</c>, RECOVERING).</summary>
    public static SttAgentStateFilter Recovering { get; } = new("5");

    /// <summary>Agents that failed (<c>"6"</c>, FAILED).</summary>
    public static SttAgentStateFilter Failed { get; } = new("6");

    /// <summary>The wire value.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Compares wire values ordinally.</summary>
    public bool Equals(SttAgentStateFilter other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

    /// <summary>Compares wire values ordinally.</summary>
    public override bool Equals(object? obj) => obj is SttAgentStateFilter other && Equals(other);

    /// <summary>The wire value's ordinal hash.</summary>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

    /// <summary>The wire value.</summary>
    public override string ToString() => Value;

    // The generated client formats query values of IFormattable types; the wire value has no format.
    string IFormattable.ToString(string? format, IFormatProvider? formatProvider) => Value;

    /// <summary>Whether two filters have the same wire value.</summary>
    public static bool operator ==(SttAgentStateFilter left, SttAgentStateFilter right) => left.Equals(right);

    /// <summary>Whether two filters have different wire values.</summary>
    public static bool operator !=(SttAgentStateFilter left, SttAgentStateFilter right) => !left.Equals(right);

    internal sealed class Converter : StringValueConverter<SttAgentStateFilter>
    {
        protected override SttAgentStateFilter FromWire(string value) => new(value);
    }
}
