using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Agora.Rest.Services.ConversationalAi;

/// <summary>A multimodal LLM (voice to voice) that replaces ASR, LLM and TTS when enabled; speak is then unavailable.</summary>
public sealed class MllmConfig
{
    /// <summary>Turns the MLLM on, and ASR, LLM and TTS off.</summary>
    [JsonPropertyName("enable")]
    public bool? Enable { get; set; }

    /// <summary>The MLLM's WebSocket URL.</summary>
    [JsonPropertyName("url")]
    public string? Url { get; set; }

    /// <summary>The MLLM's API key.</summary>
    [JsonPropertyName("api_key")]
    public required string ApiKey { get; set; }

    /// <summary>Short-term memory items, free-form in the shape of OpenAI Realtime's <c>item.content</c>.</summary>
    [JsonPropertyName("messages")]
    public IReadOnlyList<JsonElement>? Messages { get; set; }

    /// <summary>
    /// The vendor's parameters, free-form; their <c>modalities</c> and <c>turn_detection</c> are overridden by this
    /// object's modalities and <see cref="TurnDetection"/>.
    /// </summary>
    [JsonPropertyName("params")]
    public JsonElement? Params { get; set; }

    /// <summary>Input modalities: audio (Agora's default), or audio and text.</summary>
    [JsonPropertyName("input_modalities")]
    public IReadOnlyList<Modality>? InputModalities { get; set; }

    /// <summary>Output modalities: text and audio (Agora's default and only documented value).</summary>
    [JsonPropertyName("output_modalities")]
    public IReadOnlyList<Modality>? OutputModalities { get; set; }

    /// <summary>The greeting said to the first user who joins.</summary>
    [JsonPropertyName("greeting_message")]
    public string? GreetingMessage { get; set; }

    /// <summary>The MLLM provider.</summary>
    [JsonPropertyName("vendor")]
    public MllmVendor? Vendor { get; set; }

    /// <summary>Turn detection for the MLLM; when set, <see cref="AgentProperties.TurnDetection"/> has no effect.</summary>
    [JsonPropertyName("turn_detection")]
    public MllmTurnDetection? TurnDetection { get; set; }
}

/// <summary>Turn detection of an MLLM: who detects turns, and the matching settings.</summary>
public sealed class MllmTurnDetection
{
    /// <summary>Who detects turns; set the matching configuration below.</summary>
    [JsonPropertyName("mode")]
    public MllmTurnDetectionMode? Mode { get; set; }

    /// <summary>Settings of <see cref="MllmTurnDetectionMode.AgoraVad"/>.</summary>
    [JsonPropertyName("agora_vad_config")]
    public MllmAgoraVadConfig? AgoraVadConfig { get; set; }

    /// <summary>Settings of <see cref="MllmTurnDetectionMode.ServerVad"/>, passed to the vendor.</summary>
    [JsonPropertyName("server_vad_config")]
    public MllmServerVadConfig? ServerVadConfig { get; set; }

    /// <summary>Settings of <see cref="MllmTurnDetectionMode.SemanticVad"/> (OpenAI only).</summary>
    [JsonPropertyName("semantic_vad_config")]
    public MllmSemanticVadConfig? SemanticVadConfig { get; set; }
}

/// <summary>Agora VAD settings of an MLLM.</summary>
public sealed class MllmAgoraVadConfig
{
    /// <summary>Milliseconds of speech needed to interrupt the agent.</summary>
    [JsonPropertyName("interrupt_duration_ms")]
    public int? InterruptDurationMs { get; set; }

    /// <summary>Milliseconds of audio kept before the detected start of speech.</summary>
    [JsonPropertyName("prefix_padding_ms")]
    public int? PrefixPaddingMs { get; set; }

    /// <summary>Milliseconds of silence that end the user's speech.</summary>
    [JsonPropertyName("silence_duration_ms")]
    public int? SilenceDurationMs { get; set; }

    /// <summary>VAD sensitivity; higher means fewer false detections.</summary>
    [JsonPropertyName("threshold")]
    public double? Threshold { get; set; }
}

/// <summary>Vendor VAD settings of an MLLM, passed to the vendor.</summary>
public sealed class MllmServerVadConfig
{
    /// <summary>Milliseconds of audio kept before the detected start of speech.</summary>
    [JsonPropertyName("prefix_padding_ms")]
    public int? PrefixPaddingMs { get; set; }

    /// <summary>Milliseconds of silence that end the user's speech.</summary>
    [JsonPropertyName("silence_duration_ms")]
    public int? SilenceDurationMs { get; set; }

    /// <summary>VAD sensitivity (OpenAI only).</summary>
    [JsonPropertyName("threshold")]
    public double? Threshold { get; set; }

    /// <summary>Idle timeout in milliseconds (OpenAI only).</summary>
    [JsonPropertyName("idle_timeout_ms")]
    public int? IdleTimeoutMs { get; set; }

    /// <summary>Start-of-speech sensitivity (Gemini only).</summary>
    [JsonPropertyName("start_of_speech_sensitivity")]
    public StartOfSpeechSensitivity? StartOfSpeechSensitivity { get; set; }

    /// <summary>End-of-speech sensitivity (Gemini only).</summary>
    [JsonPropertyName("end_of_speech_sensitivity")]
    public EndOfSpeechSensitivity? EndOfSpeechSensitivity { get; set; }
}

/// <summary>Semantic turn detection settings of an MLLM (OpenAI only).</summary>
public sealed class MllmSemanticVadConfig
{
    /// <summary>How eagerly the model ends the user's turn.</summary>
    [JsonPropertyName("eagerness")]
    public SemanticVadEagerness? Eagerness { get; set; }
}
