using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace Agora.Rest.Services.ConversationalAi;

/// <summary>Whether and how users can interrupt the agent while it speaks or thinks.</summary>
public sealed class InterruptionConfig
{
    /// <summary>Whether the agent can be interrupted (Agora's default: <see langword="true"/>).</summary>
    [JsonPropertyName("enable")]
    public bool? Enable { get; set; }

    /// <summary>What interrupts it (Agora's default: the user starting to speak).</summary>
    [JsonPropertyName("mode")]
    public InterruptionMode? Mode { get; set; }

    /// <summary>The keywords, for <see cref="InterruptionMode.Keywords"/>.</summary>
    [JsonPropertyName("keywords_config")]
    public InterruptionKeywordsConfig? KeywordsConfig { get; set; }

    /// <summary>What happens to speech while interruption is disabled (<see cref="Enable"/> = <see langword="false"/>).</summary>
    [JsonPropertyName("disabled_config")]
    public InterruptionDisabledConfig? DisabledConfig { get; set; }
}

/// <summary>Keyword-triggered interruption.</summary>
public sealed class InterruptionKeywordsConfig
{
    /// <summary>The keywords that interrupt the agent, at most 128; how well they are heard depends on the ASR provider.</summary>
    [JsonPropertyName("trigger_keywords")]
    public IReadOnlyList<string>? TriggerKeywords { get; set; }
}

/// <summary>The handling of user speech while interruption is disabled.</summary>
public sealed class InterruptionDisabledConfig
{
    /// <summary>Answer it after the current turn, or drop it.</summary>
    [JsonPropertyName("strategy")]
    public InterruptionStrategy? Strategy { get; set; }
}
