using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace Agora.Rest.Services.ChannelManagement;

/// <summary>
/// A new ban rule for <see cref="IBanRuleApi.CreateBanRuleAsync"/>. Whom it targets follows from what is set: only
/// <see cref="Ip"/> targets that IP in every channel of the project (shared IPs are caught too); only
/// <see cref="ChannelName"/> targets everyone in that channel; only <see cref="Uid"/> targets that user in every channel;
/// <see cref="ChannelName"/> and <see cref="Uid"/> target that user in that channel.
/// </summary>
public sealed class CreateBanRuleRequest
{
    /// <summary>The project's App ID.</summary>
    [JsonPropertyName("appid")]
    public required string AppId { get; set; }

    /// <summary>The channel to target.</summary>
    [JsonPropertyName("cname")]
    public string? ChannelName { get; set; }

    /// <summary>The user to target; not 0.</summary>
    [JsonPropertyName("uid")]
    public long? Uid { get; set; }

    /// <summary>The IP address to target; not 0.</summary>
    [JsonPropertyName("ip")]
    public string? Ip { get; set; }

    /// <summary>
    /// How long the ban lasts, in minutes: 1 to 1440 (Agora clamps other values into that range). 0 disables the rule: the
    /// targets are kicked out but may rejoin at once. Ignored when <see cref="TimeInSeconds"/> is set; with neither,
    /// the ban lasts 60 minutes.
    /// </summary>
    [JsonPropertyName("time")]
    public int? Time { get; set; }

    /// <summary>
    /// How long the ban lasts, in seconds: 10 to 86430 (Agora clamps other values into that range). 0 disables the rule
    /// as for <see cref="Time"/>. Wins over <see cref="Time"/> when both are set; set only one.
    /// </summary>
    [JsonPropertyName("time_in_seconds")]
    public int? TimeInSeconds { get; set; }

    /// <summary>The privileges to take away; send both publish values to stop audio and video.</summary>
    [JsonPropertyName("privileges")]
    public required IReadOnlyList<BanPrivilege> Privileges { get; set; }
}

/// <summary>The outcome of <see cref="IBanRuleApi.CreateBanRuleAsync"/>.</summary>
public sealed class CreateBanRuleResponse
{
    /// <summary><c>success</c> when the rule was created.</summary>
    [JsonPropertyName("status")]
    public string? Status { get; set; }

    /// <summary>The new rule's id; keep it to update or delete the rule.</summary>
    [JsonPropertyName("id")]
    public long? Id { get; set; }
}
