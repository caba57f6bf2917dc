using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace Agora.Rest.Services.ChannelManagement;

/// <summary>The ban rules of a project, from <see cref="IBanRuleApi.ListBanRulesAsync"/>.</summary>
public sealed class ListBanRulesResponse
{
    /// <summary><c>success</c> when the query succeeded.</summary>
    [JsonPropertyName("status")]
    public string? Status { get; set; }

    /// <summary>The rules, one entry each.</summary>
    [JsonPropertyName("rules")]
    public IReadOnlyList<BanRule>? Rules { get; set; }
}

/// <summary>A ban rule as Agora stores it.</summary>
public sealed class BanRule
{
    /// <summary>The rule's id, for update and delete.</summary>
    [JsonPropertyName("id")]
    public long Id { get; set; }

    /// <summary>The project's App ID.</summary>
    [JsonPropertyName("appid")]
    public string? AppId { get; set; }

    /// <summary>The banned user, if the rule targets one.</summary>
    [JsonPropertyName("uid")]
    public long? Uid { get; set; }

    /// <summary>An operation id, for Agora's troubleshooting.</summary>
    [JsonPropertyName("opid")]
    public long? OperationId { get; set; }

    /// <summary>The channel the rule targets, if any.</summary>
    [JsonPropertyName("cname")]
    public string? ChannelName { get; set; }

    /// <summary>The IP address the rule targets, if any.</summary>
    [JsonPropertyName("ip")]
    public string? Ip { get; set; }

    /// <summary>When the rule expires: UTC, ISO 8601 text such as <c>2026-01-09T07:23:06.000Z</c>.</summary>
    [JsonPropertyName("ts")]
    public string? ExpiresAt { get; set; }

    /// <summary>The privileges the rule takes away.</summary>
    [JsonPropertyName("privileges")]
    public IReadOnlyList<BanPrivilege>? Privileges { get; set; }

    /// <summary>When the rule was created: UTC, ISO 8601 text.</summary>
    [JsonPropertyName("createAt")]
    public string? CreatedAt { get; set; }

    /// <summary>When the rule was last updated: UTC, ISO 8601 text.</summary>
    [JsonPropertyName("updateAt")]
    public string? UpdatedAt { get; set; }
}
