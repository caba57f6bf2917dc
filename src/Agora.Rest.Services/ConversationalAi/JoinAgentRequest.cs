using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Agora.Rest.Services.ConversationalAi;

/// <summary>The body of <see cref="IConversationalAiOperations.JoinAsync"/>: a new agent's name and configuration.</summary>
public sealed class JoinAgentRequest
{
    /// <summary>The agent's unique name; a name cannot be used twice.</summary>
    [JsonPropertyName("name")]
    public required string Name { get; set; }

    /// <summary>
    /// The ID of an agent published in Conversational AI Studio: its saved configuration is the base, and what
    /// <see cref="Properties"/> sets overrides it. With it, ASR, LLM and TTS may be left out.
    /// </summary>
    [JsonPropertyName("pipeline_id")]
    public string? PipelineId { get; set; }

    /// <summary>The agent's configuration.</summary>
    [JsonPropertyName("properties")]
    public required AgentProperties Properties { get; set; }
}

/// <summary>An agent's configuration: the channel it joins and the models it talks with.</summary>
public sealed class AgentProperties
{
    /// <summary>The RTC channel the agent joins.</summary>
    [JsonPropertyName("channel")]
    public required string Channel { get; set; }

    /// <summary>The token the agent joins the channel with; with Signaling enabled it needs RTM privileges too.</summary>
    [JsonPropertyName("token")]
    public required string Token { get; set; }

    /// <summary>The agent's user ID in the channel, unique there; <c>"0"</c> lets Agora pick a random one.</summary>
    [JsonPropertyName("agent_rtc_uid")]
    public required string AgentRtcUid { get; set; }

    /// <summary>The users the agent listens to (only they can talk to it); Agora supports one user for now.</summary>
    [JsonPropertyName("remote_rtc_uids")]
    public required IReadOnlyList<string> RemoteRtcUids { get; set; }

    /// <summary>Whether the user IDs above are string accounts rather than integers (Agora's default: <see langword="false"/>).</summary>
    [JsonPropertyName("enable_string_uid")]
    public bool? EnableStringUid { get; set; }

    /// <summary>
    /// Seconds the agent stays once every listened-to user has left, 0 to 259,200 (Agora's default: 30); 0 never
    /// leaves for idleness. A session ends after 72 hours whatever this says.
    /// </summary>
    [JsonPropertyName("idle_timeout")]
    public int? IdleTimeout { get; set; }

    /// <summary>Which regions of Agora servers the agent may use.</summary>
    [JsonPropertyName("geofence")]
    public Geofence? Geofence { get; set; }

    /// <summary>Feature switches: Signaling, Selective Attention Locking, MCP tools.</summary>
    [JsonPropertyName("advanced_features")]
    public AdvancedFeatures? AdvancedFeatures { get; set; }

    /// <summary>Speech recognition.</summary>
    [JsonPropertyName("asr")]
    public AsrConfig? Asr { get; set; }

    /// <summary>Text to speech; Agora requires it unless <see cref="JoinAgentRequest.PipelineId"/> gives it (or an MLLM is used).</summary>
    [JsonPropertyName("tts")]
    public TtsConfig? Tts { get; set; }

    /// <summary>The LLM; Agora requires it unless <see cref="JoinAgentRequest.PipelineId"/> gives it (or an MLLM is used).</summary>
    [JsonPropertyName("llm")]
    public LlmConfig? Llm { get; set; }

    /// <summary>A multimodal LLM that replaces ASR, LLM and TTS when enabled.</summary>
    [JsonPropertyName("mllm")]
    public MllmConfig? Mllm { get; set; }

    /// <summary>An avatar that speaks for the agent.</summary>
    [JsonPropertyName("avatar")]
    public AvatarConfig? Avatar { get; set; }

    /// <summary>Start- and end-of-speech detection (ignored when an MLLM is enabled).</summary>
    [JsonPropertyName("turn_detection")]
    public TurnDetectionConfig? TurnDetection { get; set; }

    /// <summary>Whether and how users can interrupt the agent.</summary>
    [JsonPropertyName("interruption")]
    public InterruptionConfig? Interruption { get; set; }

    /// <summary>Selective Attention Locking (beta); takes effect with <see cref="AdvancedFeatures.EnableSal"/>.</summary>
    [JsonPropertyName("sal")]
    public SalConfig? Sal { get; set; }

    /// <summary>Business labels, returned in the payload of the engine's notification callbacks.</summary>
    [JsonPropertyName("labels")]
    public IReadOnlyDictionary<string, string>? Labels { get; set; }

    /// <summary>Media encryption of the agent's RTC stream.</summary>
    [JsonPropertyName("rtc")]
    public RtcConfig? Rtc { get; set; }

    /// <summary>Filler phrases played while the LLM is slow to answer.</summary>
    [JsonPropertyName("filler_words")]
    public FillerWordsConfig? FillerWords { get; set; }

    /// <summary>Silence reminders, graceful leave, data channel and other agent settings.</summary>
    [JsonPropertyName("parameters")]
    public AgentParameters? Parameters { get; set; }
}

/// <summary>The regions of Agora servers an agent may use.</summary>
public sealed class Geofence
{
    /// <summary>The allowed region.</summary>
    [JsonPropertyName("area")]
    public required GeofenceArea Area { get; set; }

    /// <summary>A region to leave out; only when <see cref="Area"/> is <see cref="GeofenceArea.Global"/>.</summary>
    [JsonPropertyName("exclude_area")]
    public GeofenceArea? ExcludeArea { get; set; }
}

/// <summary>An agent's feature switches (each off by default).</summary>
public sealed class AdvancedFeatures
{
    /// <summary>Enables Signaling (RTM); the agent's token then needs RTC and RTM privileges.</summary>
    [JsonPropertyName("enable_rtm")]
    public bool? EnableRtm { get; set; }

    /// <summary>Enables Selective Attention Locking, configured by <see cref="AgentProperties.Sal"/>.</summary>
    [JsonPropertyName("enable_sal")]
    public bool? EnableSal { get; set; }

    /// <summary>Lets the agent call the tools of its MCP servers.</summary>
    [JsonPropertyName("enable_tools")]
    public bool? EnableTools { get; set; }
}

/// <summary>An avatar that speaks for the agent.</summary>
public sealed class AvatarConfig
{
    /// <summary>Whether the avatar is on (Agora's default: off); set the vendor and its parameters too.</summary>
    [JsonPropertyName("enable")]
    public bool? Enable { get; set; }

    /// <summary>The avatar provider.</summary>
    [JsonPropertyName("vendor")]
    public AvatarVendor? Vendor { get; set; }

    /// <summary>The provider's parameters (API key, avatar ID, ...), free-form as each vendor's page defines them.</summary>
    [JsonPropertyName("params")]
    public JsonElement? Params { get; set; }
}

/// <summary>Selective Attention Locking (beta): focus on one speaker and suppress other voices.</summary>
public sealed class SalConfig
{
    /// <summary>The mode (Agora's default: locking).</summary>
    [JsonPropertyName("sal_mode")]
    public SalMode? Mode { get; set; }

    /// <summary>
    /// One voiceprint: its name (not <c>unknown</c>, which Agora reserves) to the URL of a 16 kHz 16-bit mono
    /// <c>.pcm</c> file of 10-15 s (at least 8 s of speech), at most 2 MB.
    /// </summary>
    [JsonPropertyName("sample_urls")]
    public IReadOnlyDictionary<string, string>? SampleUrls { get; set; }
}

/// <summary>Media encryption of the agent's RTC stream; it must match the channel's other users.</summary>
public sealed class RtcConfig
{
    /// <summary>The encryption key (any length, 32 bytes recommended); empty or absent means no encryption.</summary>
    [JsonPropertyName("encryption_key")]
    public string? EncryptionKey { get; set; }

    /// <summary>The salt, Base64 of 32 bytes; required by, and used only with, the GCM2 modes.</summary>
    [JsonPropertyName("encryption_salt")]
    public string? EncryptionSalt { get; set; }

    /// <summary>The built-in encryption mode; Agora recommends a GCM2 mode.</summary>
    [JsonPropertyName("encryption_mode")]
    public EncryptionMode? EncryptionMode { get; set; }
}
