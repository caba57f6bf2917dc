using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace Agora.Rest.Services.CloudTranscoding;

/// <summary>The answer of <see cref="ICloudTranscodingApi.GetNotificationServerIpsAsync"/>.</summary>
public sealed class NotificationServerIps
{
    /// <summary>The answer's data.</summary>
    [JsonPropertyName("data")]
    public NotificationServerData? Data { get; set; }
}

/// <summary>The <c>data</c> object of the notification-server addresses.</summary>
public sealed class NotificationServerData
{
    /// <summary>The notification service.</summary>
    [JsonPropertyName("service")]
    public NotificationService? Service { get; set; }
}

/// <summary>The notification service and its hosts.</summary>
public sealed class NotificationService
{
    /// <summary>The hosts events come from.</summary>
    [JsonPropertyName("hosts")]
    public IReadOnlyList<NotificationHost>? Hosts { get; set; }
}

/// <summary>One notification server.</summary>
public sealed class NotificationHost
{
    /// <summary>The server's IP address, to allow in a firewall (the only field that matters).</summary>
    [JsonPropertyName("primaryIP")]
    public string? PrimaryIp { get; set; }
}
