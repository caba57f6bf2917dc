using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace Agora.Rest.Services.CloudTranscoding;

/// <summary>The answer of <see cref="ICloudTranscodingApi.GetNotificationServerIpsAsync"/>.</summary>
public sealed class TranscodingNotificationIps
{
    /// <summary>The answer's data.</summary>
    [JsonPropertyName("data")]
    public TranscodingNotificationIpsData? Data { get; set; }
}

/// <summary>The <c>data</c> object of the notification-server addresses.</summary>
public sealed class TranscodingNotificationIpsData
{
    /// <summary>The notification service.</summary>
    [JsonPropertyName("service")]
    public TranscodingNotificationService? Service { get; set; }
}

/// <summary>The notification service and its hosts.</summary>
public sealed class TranscodingNotificationService
{
    /// <summary>The hosts events come from.</summary>
    [JsonPropertyName("hosts")]
    public IReadOnlyList<TranscodingNotificationHost>? Hosts { get; set; }
}

/// <summary>One notification server.</summary>
public sealed class TranscodingNotificationHost
{
    /// <summary>The server's IP address, to allow in a firewall (the only field that matters).</summary>
    [JsonPropertyName("primaryIP")]
    public string? PrimaryIp { get; set; }
}
