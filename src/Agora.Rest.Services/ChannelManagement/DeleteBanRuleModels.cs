using System.Text.Json.Serialization;

namespace Agora.Rest.Services.ChannelManagement;

/// <summary>The rule to delete, for <see cref="IBanRuleApi.DeleteBanRuleAsync"/>.</summary>
public sealed class DeleteBanRuleRequest
{
    /// <summary>The project's App ID.</summary>
    [JsonPropertyName("appid")]
    public required string AppId { get; set; }

    /// <summary>The id of the rule to delete.</summary>
    [JsonPropertyName("id")]
    public required long Id { get; set; }
}

/// <summary>The outcome of <see cref="IBanRuleApi.DeleteBanRuleAsync"/>.</summary>
public sealed class DeleteBanRuleResponse
{
    /// <summary><c>success</c> when the rule was deleted.</summary>
    [JsonPropertyName("status")]
    public string? Status { get; set; }

    /// <summary>The deleted rule's id.</summary>
    [JsonPropertyName("id")]
    public long? Id { get; set; }
}
