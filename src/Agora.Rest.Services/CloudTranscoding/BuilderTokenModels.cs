using System.Text.Json.Serialization;

namespace Agora.Rest.Services.CloudTranscoding;

/// <summary>The body of <see cref="ICloudTranscodingApi.AcquireBuilderTokenAsync"/>.</summary>
public sealed class AcquireBuilderTokenRequest
{
    /// <summary>An instance ID of the caller's choosing: up to 64 characters of <c>A-Z a-z 0-9 _ -</c>.</summary>
    [JsonPropertyName("instanceId")]
    public required string InstanceId { get; set; }

    /// <summary>The service configuration, the same as the task's create body will carry.</summary>
    [JsonPropertyName("services")]
    public required TranscoderServices Services { get; set; }
}

/// <summary>The answer of <see cref="ICloudTranscodingApi.AcquireBuilderTokenAsync"/>.</summary>
public sealed class BuilderTokenAcquired
{
    /// <summary>When the token was made, Unix time in seconds.</summary>
    [JsonPropertyName("createTs")]
    public long CreateTs { get; set; }

    /// <summary>The instance ID the request gave.</summary>
    [JsonPropertyName("instanceId")]
    public string? InstanceId { get; set; }

    /// <summary>The builder token: the <c>builderToken</c> of every call about the task; creating with it works for 5 minutes.</summary>
    [JsonPropertyName("tokenName")]
    public string? TokenName { get; set; }
}
