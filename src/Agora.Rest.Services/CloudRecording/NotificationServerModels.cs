using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace Agora.Rest.Services.CloudRecording;

/// <summary>What <c>GET /v1/ncs/ip</c> answers: the addresses Agora's notification servers call you from.</summary>
public sealed class NotificationServerIpsResponse
{
    /// <summary>The wrapper Agora puts around the hosts.</summary>
    [JsonPropertyName("data")]
    public NotificationServerData? Data { get; set; }

    /// <summary>Every host's primary IP address, in the order given (the only field Agora says to use).</summary>
    public IReadOnlyList<string> GetPrimaryIps()
    {
        var ips = new List<string>();
        foreach (NotificationServerHost host in Data?.Service?.Hosts ?? (IReadOnlyList<NotificationServerHost>)System.Array.Empty<NotificationServerHost>())
        {
            if (host.PrimaryIp is not null)
            {
                ips.Add(host.PrimaryIp);
            }
        }

        return ips;
    }
}

/// <summary>The <c>data</c> object of the notification server answer.</summary>
public sealed class NotificationServerData
{
    /// <summary>The notification service.</summary>
    [JsonPropertyName("service")]
    public NotificationService? Service { get; set; }
}

/// <summary>The <c>data.service</c> object of the notification server answer.</summary>
public sealed class NotificationService
{
    /// <summary>The notification servers.</summary>
    [JsonPropertyName("hosts")]
    public IReadOnlyList<NotificationServerHost>? Hosts { get; set; }
}

/// <summary>One notification server (a <c>data.service.hosts</c> item).</summary>
public sealed class NotificationServerHost
{
    /// <summary>The server's IP address; allow it through your firewall.</summary>
    [JsonPropertyName("primaryIP")]
    public string? PrimaryIp { get; set; }
}
