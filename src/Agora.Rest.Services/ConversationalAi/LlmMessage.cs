using System;
using System.IO;
using System.Text.Json;

namespace Agora.Rest.Services.ConversationalAi;

/// <summary>
/// Builds the free-form chat messages of <see cref="LlmConfig.SystemMessages"/> and
/// <see cref="UpdateLlmConfig.SystemMessages"/> without reflection (trim and Native AOT safe).
/// </summary>
public static class LlmMessage
{
    /// <summary>An OpenAI-style message <c>{"role": role, "content": content}</c>.</summary>
    /// <param name="role">The sender, for example <c>system</c>, <c>user</c> or <c>assistant</c>.</param>
    /// <param name="content">The text; <c>{{name}}</c> placeholders are filled from the template variables.</param>
    /// <returns>The message as a JSON object that outlives any document.</returns>
    /// <exception cref="ArgumentNullException">A value is null.</exception>
    public static JsonElement Create(string role, string content)
    {
        if (role is null)
        {
            throw new ArgumentNullException(nameof(role));
        }

        if (content is null)
        {
            throw new ArgumentNullException(nameof(content));
        }

        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            writer.WriteStartObject();
            writer.WriteString("role", role);
            writer.WriteString("content", content);
            writer.WriteEndObject();
        }

        using JsonDocument document = JsonDocument.Parse(stream.ToArray());
        return document.RootElement.Clone();
    }
}
