using System.Text.Json.Serialization;

namespace Agora.Rest.Services.ConversationalAi;

/// <summary>Agent behaviour settings: silence reminders, graceful leave, the data channel, events and retention.</summary>
public sealed class AgentParameters
{
    /// <summary>What the agent does after a stretch of silence (not with an MLLM).</summary>
    [JsonPropertyName("silence_config")]
    public SilenceConfig? SilenceConfig { get; set; }

    /// <summary>Whether a leave request waits for the agent to be idle.</summary>
    [JsonPropertyName("farewell_config")]
    public FarewellConfig? FarewellConfig { get; set; }

    /// <summary>How the agent sends data to clients (Agora's default: the RTC data stream).</summary>
    [JsonPropertyName("data_channel")]
    public AgentDataChannel? DataChannel { get; set; }

    /// <summary>Whether the agent sends performance metrics; needs <see cref="AdvancedFeatures.EnableRtm"/>.</summary>
    [JsonPropertyName("enable_metrics")]
    public bool? EnableMetrics { get; set; }

    /// <summary>Whether the agent sends error events; needs <see cref="AdvancedFeatures.EnableRtm"/>.</summary>
    [JsonPropertyName("enable_error_message")]
    public bool? EnableErrorMessage { get; set; }

    /// <summary>The RTC audio scenario (Agora's default: <see cref="AudioScenario.Default"/>, which is aiserver).</summary>
    [JsonPropertyName("audio_scenario")]
    public AudioScenario? AudioScenario { get; set; }

    /// <summary>
    /// <see langword="true"/> keeps no text or audio of the session at Agora (no troubleshooting or review from
    /// history then); Agora's default is <see langword="false"/>.
    /// </summary>
    [JsonPropertyName("opt_out")]
    public bool? OptOut { get; set; }
}

/// <summary>A reminder after the agent has been silent for a while.</summary>
public sealed class SilenceConfig
{
    /// <summary>Milliseconds of silence before the reminder, up to 60,000; 0 (Agora's default) turns it off. Needs <see cref="Content"/>.</summary>
    [JsonPropertyName("timeout_ms")]
    public int? TimeoutMs { get; set; }

    /// <summary>Speak the prompt, or hand it to the LLM (Agora's default: speak).</summary>
    [JsonPropertyName("action")]
    public SilenceAction? Action { get; set; }

    /// <summary>The prompt; <c>{{name}}</c> placeholders are filled from the template variables.</summary>
    [JsonPropertyName("content")]
    public string? Content { get; set; }
}

/// <summary>Graceful leave: a leave request waits for the agent to finish its turn.</summary>
public sealed class FarewellConfig
{
    /// <summary>Whether a leave request waits for the agent to be idle (Agora's default: <see langword="false"/>).</summary>
    [JsonPropertyName("graceful_enabled")]
    public bool? GracefulEnabled { get; set; }

    /// <summary>Longest wait in seconds before the agent leaves anyway (Agora's default: 30).</summary>
    [JsonPropertyName("graceful_timeout_seconds")]
    public int? GracefulTimeoutSeconds { get; set; }
}
