using System.Text.Json.Serialization;

namespace Agora.Rest.Services.MediaGateway;

/// <summary>The body of <see cref="IMediaGatewayApi.CreateStreamKeyAsync"/>.</summary>
public sealed class MediaGatewayStreamKeyRequest
{
    /// <summary>The key's settings; must not be null.</summary>
    [JsonPropertyName("settings")]
    public required MediaGatewayStreamKeySettings Settings { get; set; }
}

/// <summary>What a streaming key binds pushes to.</summary>
public sealed class MediaGatewayStreamKeySettings
{
    /// <summary>The channel, under 64 bytes; it and <see cref="Uid"/> cannot both be empty (or <c>0</c>).</summary>
    [JsonPropertyName("channel")]
    public required string Channel { get; set; }

    /// <summary>The host's uid in the channel: a number 1 to 4294967295 or a string up to 255 bytes; empty or <c>"0"</c> lets Agora pick a random one.</summary>
    [JsonPropertyName("uid")]
    public required string Uid { get; set; }

    /// <summary>Seconds the key stays valid after creation; 0 means it never expires.</summary>
    [JsonPropertyName("expiresAfter")]
    public required long ExpiresAfter { get; set; }

    /// <summary>The flow-configuration template to apply; omit for the project's default.</summary>
    [JsonPropertyName("templateId")]
    public string? TemplateId { get; set; }
}

/// <summary>What <see cref="IMediaGatewayApi.CreateStreamKeyAsync"/> and <see cref="IMediaGatewayApi.GetStreamKeyAsync"/> answer.</summary>
public sealed class MediaGatewayStreamKeyResponse
{
    /// <summary>The request's status, <c>success</c> on success.</summary>
    [JsonPropertyName("status")]
    public string? Status { get; set; }

    /// <summary>The streaming key.</summary>
    [JsonPropertyName("data")]
    public MediaGatewayStreamKey? Data { get; set; }
}

/// <summary>A streaming key and what it binds.</summary>
public sealed class MediaGatewayStreamKey
{
    /// <summary>The streaming key to configure in the encoder; a secret.</summary>
    [JsonPropertyName("streamKey")]
    public string? StreamKey { get; set; }

    /// <summary>The channel the key pushes into.</summary>
    [JsonPropertyName("channel")]
    public string? Channel { get; set; }

    /// <summary>The host uid the key pushes as.</summary>
    [JsonPropertyName("uid")]
    public string? Uid { get; set; }

    /// <summary>Seconds the key stays valid after creation; 0 means it never expires.</summary>
    [JsonPropertyName("expiresAfter")]
    public long? ExpiresAfter { get; set; }

    /// <summary>When the key was created: Unix seconds, written by Agora as a string (for example <c>"1686820170"</c>).</summary>
    [JsonPropertyName("createdAt")]
    public string? CreatedAt { get; set; }
}

/// <summary>The answer of the operations that return only a status.</summary>
public sealed class MediaGatewayStatusResponse
{
    /// <summary>The request's status, <c>success</c> on success.</summary>
    [JsonPropertyName("status")]
    public string? Status { get; set; }
}
