using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace Agora.Rest.Services.MediaGateway;

/// <summary>What <see cref="IMediaGatewayApi.GetNotificationIpsAsync"/> answers.</summary>
public sealed class MediaGatewayNotificationIpsResponse
{
    /// <summary>The servers.</summary>
    [JsonPropertyName("data")]
    public MediaGatewayNotificationIpsData? Data { get; set; }
}

/// <summary>The notification service's servers.</summary>
public sealed class MediaGatewayNotificationIpsData
{
    /// <summary>The notification service.</summary>
    [JsonPropertyName("service")]
    public MediaGatewayNotificationService? Service { get; set; }
}

/// <summary>The notification service.</summary>
public sealed class MediaGatewayNotificationService
{
    /// <summary>Its servers.</summary>
    [JsonPropertyName("hosts")]
    public IReadOnlyList<MediaGatewayNotificationHost>? Hosts { get; set; }
}

/// <summary>One notification server.</summary>
public sealed class MediaGatewayNotificationHost
{
    /// <summary>The IP address to allow in your firewall.</summary>
    [JsonPropertyName("primaryIP")]
    public string? PrimaryIp { get; set; }
}
