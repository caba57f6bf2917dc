using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Agora.Rest.Services.ConversationalAi;

/// <summary>The LLM the agent thinks with: endpoint, prompts, greeting and tools.</summary>
public sealed class LlmConfig
{
    /// <summary>Whose credentials the provider is called with (Agora's default: your own).</summary>
    [JsonPropertyName("credential_mode")]
    public CredentialMode? CredentialMode { get; set; }

    /// <summary>The LLM endpoint (chat completions) URL; Agora requires it unless managed credentials or a pipeline give it.</summary>
    [JsonPropertyName("url")]
    public string? Url { get; set; }

    /// <summary>The LLM API key (Agora's default: empty); set one in production.</summary>
    [JsonPropertyName("api_key")]
    public string? ApiKey { get; set; }

    /// <summary>Messages sent first with every request (OpenAI-style <c>{role, content}</c>, free-form); <see cref="LlmMessage.Create"/> builds one.</summary>
    [JsonPropertyName("system_messages")]
    public IReadOnlyList<JsonElement>? SystemMessages { get; set; }

    /// <summary>Extra request parameters (<c>model</c>, <c>max_tokens</c>, <c>temperature</c>, ...), free-form as the provider defines them.</summary>
    [JsonPropertyName("params")]
    public JsonElement? Params { get; set; }

    /// <summary>How many history messages the LLM keeps (Agora's default: 32).</summary>
    [JsonPropertyName("max_history")]
    public int? MaxHistory { get; set; }

    /// <summary>Input modalities: text (Agora's default), or text and image for a vision model.</summary>
    [JsonPropertyName("input_modalities")]
    public IReadOnlyList<Modality>? InputModalities { get; set; }

    /// <summary>Output modalities: text spoken through TTS (Agora's default), audio published as it is, or both for your own handling.</summary>
    [JsonPropertyName("output_modalities")]
    public IReadOnlyList<Modality>? OutputModalities { get; set; }

    /// <summary>When and how the greeting plays.</summary>
    [JsonPropertyName("greeting_configs")]
    public GreetingConfigs? GreetingConfigs { get; set; }

    /// <summary>
    /// A recorded greeting (<c>mp3</c>, <c>wav</c> or <c>pcm</c>; http or https, at most 2,048 bytes) played instead of
    /// TTS. Needs <see cref="GreetingMessage"/> as its fallback; an invalid URL or a missing message is a 400.
    /// </summary>
    [JsonPropertyName("greeting_audio_url")]
    public string? GreetingAudioUrl { get; set; }

    /// <summary>The greeting text, spoken through TTS; also the fallback of a recorded greeting.</summary>
    [JsonPropertyName("greeting_message")]
    public string? GreetingMessage { get; set; }

    /// <summary>Spoken through TTS when the LLM call fails.</summary>
    [JsonPropertyName("failure_message")]
    public string? FailureMessage { get; set; }

    /// <summary>The LLM provider.</summary>
    [JsonPropertyName("vendor")]
    public LlmVendor? Vendor { get; set; }

    /// <summary>The request format (Agora's default: OpenAI).</summary>
    [JsonPropertyName("style")]
    public LlmStyle? Style { get; set; }

    /// <summary>
    /// Values for <c>{{name}}</c> placeholders in system messages, greeting, failure message and silence prompt; a value
    /// cannot itself use a placeholder.
    /// </summary>
    [JsonPropertyName("template_variables")]
    public IReadOnlyDictionary<string, string>? TemplateVariables { get; set; }

    /// <summary>MCP servers whose tools the agent may call (with <see cref="AdvancedFeatures.EnableTools"/>).</summary>
    [JsonPropertyName("mcp_servers")]
    public IReadOnlyList<McpServer>? McpServers { get; set; }

    /// <summary>Extra HTTP headers sent to the LLM; the engine's own headers win a conflict, and names are case-sensitive.</summary>
    [JsonPropertyName("headers")]
    public IReadOnlyDictionary<string, string>? Headers { get; set; }
}

/// <summary>When and how the agent's greeting plays.</summary>
public sealed class GreetingConfigs
{
    /// <summary>Greet every joining user, or only the first (Agora's default: every).</summary>
    [JsonPropertyName("mode")]
    public GreetingMode? Mode { get; set; }

    /// <summary>Milliseconds to wait after a user joins before greeting.</summary>
    [JsonPropertyName("delay_ms")]
    public int? DelayMs { get; set; }

    /// <summary>
    /// Whether the greeting follows the interruption settings (Agora's default: <see langword="true"/>); when
    /// <see langword="false"/> it plays in full and speech during it is answered afterwards.
    /// </summary>
    [JsonPropertyName("interruptable")]
    public bool? Interruptable { get; set; }

    /// <summary>Milliseconds allowed to download the recorded greeting, 200 to 10,000 (Agora's default: 1,000); TTS speaks it after that.</summary>
    [JsonPropertyName("audio_download_timeout_ms")]
    public int? AudioDownloadTimeoutMs { get; set; }

    /// <summary>The sample rate in Hz of a PCM recorded greeting (Agora's default: 16,000).</summary>
    [JsonPropertyName("audio_pcm_sample_rate")]
    public int? AudioPcmSampleRate { get; set; }
}

/// <summary>An MCP server whose tools the agent may call.</summary>
public sealed class McpServer
{
    /// <summary>The server's ID: English letters and digits, at most 48 characters.</summary>
    [JsonPropertyName("name")]
    public required string Name { get; set; }

    /// <summary>The server's address.</summary>
    [JsonPropertyName("endpoint")]
    public required string Endpoint { get; set; }

    /// <summary>The transport.</summary>
    [JsonPropertyName("transport")]
    public McpTransport? Transport { get; set; }

    /// <summary>HTTP headers sent to the server, for example its authentication.</summary>
    [JsonPropertyName("headers")]
    public IReadOnlyDictionary<string, string>? Headers { get; set; }

    /// <summary>
    /// The tools the agent may call: absent means all, empty means none, <c>"*"</c> anywhere in the list means all.
    /// </summary>
    [JsonPropertyName("allowed_tools")]
    public IReadOnlyList<string>? AllowedTools { get; set; }

    /// <summary>Milliseconds to wait for the server before the agent carries on without its answer.</summary>
    [JsonPropertyName("timeout_ms")]
    public int? TimeoutMs { get; set; }
}
