using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace Agora.Rest.Services;

/// <summary>
/// The addresses Agora's notification servers call you from (<c>GET /v1/ncs/ip</c> or <c>/v2/ncs/ip</c>, the same answer
/// for every service that documents it): allowlist them, and ask again at least once every 24 hours.
/// </summary>
public sealed class NotificationServerIpsResponse
{
    /// <summary>The payload.</summary>
    [JsonPropertyName("data")]
    public NotificationServerData? Data { get; set; }

    /// <summary>Every server's primary IP address, in the order returned: the addresses to allowlist.</summary>
    public IReadOnlyList<string> PrimaryIps()
    {
        var ips = new List<string>();
        foreach (NotificationServerHost host in Data?.Service?.Hosts ?? [])
        {
            if (host.PrimaryIp is { Length: > 0 } ip)
            {
                ips.Add(ip);
            }
        }

        return ips;
    }
}

/// <summary>The payload of the Notifications servers' addresses.</summary>
public sealed class NotificationServerData
{
    /// <summary>The Notifications service.</summary>
    [JsonPropertyName("service")]
    public NotificationService? Service { get; set; }
}

/// <summary>The Notifications service and its servers.</summary>
public sealed class NotificationService
{
    /// <summary>The servers; allowlist every one.</summary>
    [JsonPropertyName("hosts")]
    public IReadOnlyList<NotificationServerHost>? Hosts { get; set; }
}

/// <summary>A Notifications server.</summary>
public sealed class NotificationServerHost
{
    /// <summary>The server's IP address.</summary>
    [JsonPropertyName("primaryIP")]
    public string? PrimaryIp { get; set; }
}
