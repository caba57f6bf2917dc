using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace Agora.Rest.Services.MediaPull;

/// <summary>The answer of <see cref="IMediaPullApi.GetNotificationServerIpsAsync"/>.</summary>
public sealed class MediaPullNotificationIps
{
    /// <summary>The answer's data.</summary>
    [JsonPropertyName("data")]
    public MediaPullNotificationIpsData? Data { get; set; }
}

/// <summary>The <c>data</c> object of the notification-server addresses.</summary>
public sealed class MediaPullNotificationIpsData
{
    /// <summary>The notification service.</summary>
    [JsonPropertyName("service")]
    public MediaPullNotificationService? Service { get; set; }
}

/// <summary>The notification service and its hosts.</summary>
public sealed class MediaPullNotificationService
{
    /// <summary>The hosts events come from.</summary>
    [JsonPropertyName("hosts")]
    public IReadOnlyList<MediaPullNotificationHost>? Hosts { get; set; }
}

/// <summary>One notification server.</summary>
public sealed class MediaPullNotificationHost
{
    /// <summary>The server's IP address, to allow in a firewall (the only field that matters).</summary>
    [JsonPropertyName("primaryIP")]
    public string? PrimaryIp { get; set; }
}
