using System;
using System.Buffers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Agora.Rest.Services.MediaPush;

/// <summary>
/// Reads a field Agora's schema types as a string but whose examples carry a number (<c>createTs</c>,
/// <c>updateTs</c>, <c>idleTimeout</c> in responses): either token is kept as its text, so the property stays a
/// <see cref="string"/> as documented and a numeric answer does not fail the read. Writes a JSON string.
/// </summary>
internal sealed class WireTextConverter : JsonConverter<string>
{
    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.TokenType switch
    {
        JsonTokenType.String => reader.GetString(),
        JsonTokenType.Number => Encoding.UTF8.GetString(reader.HasValueSequence ? reader.ValueSequence.ToArray() : reader.ValueSpan.ToArray()),
        _ => throw new JsonException($"Expected a JSON string or number, found {reader.TokenType}."),
    };

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteStringValue(value);
}
