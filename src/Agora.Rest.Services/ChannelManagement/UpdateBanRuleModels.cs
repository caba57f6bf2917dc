using System.Text.Json.Serialization;

namespace Agora.Rest.Services.ChannelManagement;

/// <summary>A ban rule's new duration, for <see cref="IBanRuleApi.UpdateBanRuleAsync"/>.</summary>
public sealed class UpdateBanRuleRequest
{
    /// <summary>The project's App ID.</summary>
    [JsonPropertyName("appid")]
    public required string AppId { get; set; }

    /// <summary>The id of the rule to change.</summary>
    [JsonPropertyName("id")]
    public required long Id { get; set; }

    /// <summary>
    /// The new duration, in minutes: 1 to 1440 (Agora clamps other values into that range); 0 disables the rule. Ignored
    /// when <see cref="TimeInSeconds"/> is set; with neither, 60 minutes.
    /// </summary>
    [JsonPropertyName("time")]
    public int? Time { get; set; }

    /// <summary>
    /// The new duration, in seconds: 10 to 86430 (Agora clamps other values into that range); 0 disables the rule. Wins
    /// over <see cref="Time"/> when both are set; set only one.
    /// </summary>
    [JsonPropertyName("time_in_seconds")]
    public int? TimeInSeconds { get; set; }
}

/// <summary>The outcome of <see cref="IBanRuleApi.UpdateBanRuleAsync"/>.</summary>
public sealed class UpdateBanRuleResponse
{
    /// <summary><c>success</c> when the rule was changed.</summary>
    [JsonPropertyName("status")]
    public string? Status { get; set; }

    /// <summary>The changed rule.</summary>
    [JsonPropertyName("result")]
    public UpdatedBanRule? Result { get; set; }
}

/// <summary>A changed rule's id and new expiry.</summary>
public sealed class UpdatedBanRule
{
    /// <summary>The rule's id.</summary>
    [JsonPropertyName("id")]
    public long Id { get; set; }

    /// <summary>When the rule now expires: UTC, ISO 8601 text such as <c>2026-01-09T08:45:54.545Z</c>.</summary>
    [JsonPropertyName("ts")]
    public string? ExpiresAt { get; set; }
}
