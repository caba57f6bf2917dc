using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Agora.Rest.Services;

/// <summary>
/// Reads and writes a string-valued enumeration of Agora's (a state such as <c>"RUNNING"</c>, a region such as
/// <c>"CN"</c>) as its wire text. Those enumerations are <see langword="readonly"/> structs rather than C# enums, so a
/// value Agora adds later reads as it is instead of failing the whole response.
/// </summary>
/// <remarks>
/// The pattern every such struct follows (see <c>CloudRecording/StorageRegion</c>-style files):
/// <code>
/// [JsonConverter(typeof(Converter))]
/// public readonly struct AgentState : IEquatable&lt;AgentState&gt;, IFormattable
/// {
///     private readonly string? _value;
///     public AgentState(string value) =&gt; _value = value ?? throw new ArgumentNullException(nameof(value));
///     public static AgentState Running { get; } = new("RUNNING");
///     public string Value =&gt; _value ?? string.Empty;
///     public bool Equals(AgentState other) =&gt; string.Equals(Value, other.Value, StringComparison.Ordinal);
///     public override bool Equals(object? obj) =&gt; obj is AgentState other &amp;&amp; Equals(other);
///     public override int GetHashCode() =&gt; StringComparer.Ordinal.GetHashCode(Value);
///     public override string ToString() =&gt; Value;
///     string IFormattable.ToString(string? format, IFormatProvider? formatProvider) =&gt; Value;   // a route or query value
///     public static bool operator ==(AgentState left, AgentState right) =&gt; left.Equals(right);
///     public static bool operator !=(AgentState left, AgentState right) =&gt; !left.Equals(right);
///     internal sealed class Converter : StringValueConverter&lt;AgentState&gt;
///     {
///         protected override AgentState FromWire(string value) =&gt; new(value);
///     }
/// }
/// </code>
/// </remarks>
internal abstract class StringValueConverter<T> : JsonConverter<T>
    where T : struct
{
    /// <summary>Wraps the wire text.</summary>
    protected abstract T FromWire(string value);

    // A null reads as the default (no value), a number as its text: neither fails the whole answer.
    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.TokenType switch
    {
        JsonTokenType.String => FromWire(reader.GetString()!),
        JsonTokenType.Null => default,
        JsonTokenType.Number => FromWire(System.Text.Encoding.UTF8.GetString(reader.HasValueSequence ? System.Buffers.BuffersExtensions.ToArray(reader.ValueSequence) : reader.ValueSpan.ToArray())),
        _ => throw new JsonException($"Expected a JSON string for {typeof(T).Name}, found {reader.TokenType}."),
    };

    public override bool HandleNull => true;

    // ToString() of each such struct is its wire value.
    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToString());
}
