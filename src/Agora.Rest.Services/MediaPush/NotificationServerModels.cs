using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace Agora.Rest.Services.MediaPush;

/// <summary>The answer of <see cref="IMediaPushApi.GetNotificationServerIpsAsync"/>.</summary>
public sealed class MediaPushNotificationIps
{
    /// <summary>The answer's data.</summary>
    [JsonPropertyName("data")]
    public MediaPushNotificationIpsData? Data { get; set; }
}

/// <summary>The <c>data</c> object of the notification-server addresses.</summary>
public sealed class MediaPushNotificationIpsData
{
    /// <summary>The notification service.</summary>
    [JsonPropertyName("service")]
    public MediaPushNotificationService? Service { get; set; }
}

/// <summary>The notification service and its hosts.</summary>
public sealed class MediaPushNotificationService
{
    /// <summary>The hosts events come from.</summary>
    [JsonPropertyName("hosts")]
    public IReadOnlyList<MediaPushNotificationHost>? Hosts { get; set; }
}

/// <summary>One notification server.</summary>
public sealed class MediaPushNotificationHost
{
    /// <summary>The server's IP address, to allow in a firewall (the only field that matters).</summary>
    [JsonPropertyName("primaryIP")]
    public string? PrimaryIp { get; set; }
}
