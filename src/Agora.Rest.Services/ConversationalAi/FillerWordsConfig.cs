using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace Agora.Rest.Services.ConversationalAi;

/// <summary>
/// Filler phrases played while the LLM is slow to answer; they play in arrival order and follow the interruption
/// settings.
/// </summary>
public sealed class FillerWordsConfig
{
    /// <summary>Whether filler words play (Agora's default: off).</summary>
    [JsonPropertyName("enable")]
    public bool? Enable { get; set; }

    /// <summary>When a filler plays.</summary>
    [JsonPropertyName("trigger")]
    public FillerTrigger? Trigger { get; set; }

    /// <summary>What the fillers say.</summary>
    [JsonPropertyName("content")]
    public FillerContent? Content { get; set; }
}

/// <summary>When a filler phrase plays: the mode, and the settings of that mode.</summary>
public sealed class FillerTrigger
{
    /// <summary>The trigger mode.</summary>
    [JsonPropertyName("mode")]
    public FillerTriggerMode? Mode { get; set; }

    /// <summary>Settings of <see cref="FillerTriggerMode.FixedTime"/>.</summary>
    [JsonPropertyName("fixed_time_config")]
    public FixedTimeFillerTrigger? FixedTimeConfig { get; set; }
}

/// <summary>A filler after a fixed wait for the LLM.</summary>
public sealed class FixedTimeFillerTrigger
{
    /// <summary>Milliseconds without an LLM answer before a filler plays (Agora's default: 1,500).</summary>
    [JsonPropertyName("response_wait_ms")]
    public int? ResponseWaitMs { get; set; }
}

/// <summary>What the filler phrases say: the mode, and the settings of that mode.</summary>
public sealed class FillerContent
{
    /// <summary>The content mode.</summary>
    [JsonPropertyName("mode")]
    public FillerContentMode? Mode { get; set; }

    /// <summary>Settings of <see cref="FillerContentMode.Static"/>.</summary>
    [JsonPropertyName("static_config")]
    public StaticFillerContent? StaticConfig { get; set; }
}

/// <summary>A fixed list of filler phrases.</summary>
public sealed class StaticFillerContent
{
    /// <summary>The phrases: at most 100, each at most 50 English words.</summary>
    [JsonPropertyName("phrases")]
    public required IReadOnlyList<string> Phrases { get; set; }

    /// <summary>How the next phrase is chosen.</summary>
    [JsonPropertyName("selection_rule")]
    public FillerSelectionRule? SelectionRule { get; set; }
}
