using System.Text.Json.Serialization;

namespace Agora.Rest.Services.ConversationalAi;

/// <summary>
/// Start- and end-of-speech detection of the ASR/LLM/TTS pipeline (ignored when an MLLM is enabled). Interruption is
/// configured separately, by <see cref="AgentProperties.Interruption"/>.
/// </summary>
public sealed class TurnDetectionConfig
{
    /// <summary>The configuration in use (Agora's default: <see cref="TurnDetectionMode.Default"/>).</summary>
    [JsonPropertyName("mode")]
    public TurnDetectionMode? Mode { get; set; }

    /// <summary>The detailed settings.</summary>
    [JsonPropertyName("config")]
    public TurnDetectionSettings? Config { get; set; }
}

/// <summary>Voice sensitivity and the start- and end-of-speech detectors.</summary>
public sealed class TurnDetectionSettings
{
    /// <summary>VAD sensitivity, strictly between 0 and 1 (Agora's default: 0.5); lower detects speech more easily.</summary>
    [JsonPropertyName("speech_threshold")]
    public double? SpeechThreshold { get; set; }

    /// <summary>How the start of the user's speech is detected.</summary>
    [JsonPropertyName("start_of_speech")]
    public StartOfSpeechConfig? StartOfSpeech { get; set; }

    /// <summary>How the end of the user's speech is detected.</summary>
    [JsonPropertyName("end_of_speech")]
    public EndOfSpeechConfig? EndOfSpeech { get; set; }
}

/// <summary>Start-of-speech detection: the mode, and the settings of that mode only.</summary>
public sealed class StartOfSpeechConfig
{
    /// <summary>The mode; <see cref="StartOfSpeechMode.Vad"/> takes <see cref="VadConfig"/>, manual takes none.</summary>
    [JsonPropertyName("mode")]
    public required StartOfSpeechMode Mode { get; set; }

    /// <summary>Settings of <see cref="StartOfSpeechMode.Vad"/>.</summary>
    [JsonPropertyName("vad_config")]
    public StartOfSpeechVadConfig? VadConfig { get; set; }
}

/// <summary>Voice activity settings of start-of-speech detection.</summary>
public sealed class StartOfSpeechVadConfig
{
    /// <summary>Milliseconds the voice must stay above the threshold to interrupt (Agora's default: 160).</summary>
    [JsonPropertyName("interrupt_duration_ms")]
    public int? InterruptDurationMs { get; set; }

    /// <summary>The same, while the agent is speaking (Agora's default: 160).</summary>
    [JsonPropertyName("speaking_interrupt_duration_ms")]
    public int? SpeakingInterruptDurationMs { get; set; }

    /// <summary>Milliseconds of audio kept before the detected start, to catch the first syllable (Agora's default: 800).</summary>
    [JsonPropertyName("prefix_padding_ms")]
    public int? PrefixPaddingMs { get; set; }
}

/// <summary>End-of-speech detection: the mode, and the settings of that mode only.</summary>
public sealed class EndOfSpeechConfig
{
    /// <summary>The mode; vad takes <see cref="VadConfig"/>, semantic takes <see cref="SemanticConfig"/>, manual takes none.</summary>
    [JsonPropertyName("mode")]
    public EndOfSpeechMode? Mode { get; set; }

    /// <summary>Settings of <see cref="EndOfSpeechMode.Vad"/>.</summary>
    [JsonPropertyName("vad_config")]
    public EndOfSpeechVadConfig? VadConfig { get; set; }

    /// <summary>Settings of <see cref="EndOfSpeechMode.Semantic"/>.</summary>
    [JsonPropertyName("semantic_config")]
    public SemanticEndOfSpeechConfig? SemanticConfig { get; set; }
}

/// <summary>Silence-based end-of-speech settings.</summary>
public sealed class EndOfSpeechVadConfig
{
    /// <summary>Milliseconds of trailing silence that end the speech (Agora's default: 640).</summary>
    [JsonPropertyName("silence_duration_ms")]
    public int? SilenceDurationMs { get; set; }
}

/// <summary>Semantic end-of-speech settings.</summary>
public sealed class SemanticEndOfSpeechConfig
{
    /// <summary>Milliseconds of trailing silence before a decision (Agora's default: 320).</summary>
    [JsonPropertyName("silence_duration_ms")]
    public int? SilenceDurationMs { get; set; }

    /// <summary>Longest wait for the semantic decision in milliseconds (Agora's default: 3,000); -1 waits forever.</summary>
    [JsonPropertyName("max_wait_ms")]
    public int? MaxWaitMs { get; set; }

    /// <summary>Whether "hold on"-style pauses keep the agent waiting (Agora's default: <see langword="true"/>).</summary>
    [JsonPropertyName("pause_state_enabled")]
    public bool? PauseStateEnabled { get; set; }
}
