using System;
using System.Collections.Generic;

namespace Agora.Rest.Routing;

/// <summary>
/// The hosts one client's calls may go to, in Agora's order, each with the request-URI prefix for it (scheme, host and
/// the declared path prefix), and the rules for moving between them.
/// </summary>
/// <remarks>
/// A name that does not resolve moves to the next host of the list; any other failure skips the other suffix of the same
/// region and moves to the next region, or stays on the host when the area has only one (Agora's "Ensure service
/// reliability": a network failure that is not a DNS failure goes straight to the adjacent region). Both walk the list
/// in a circle, starting from the host the base address names.
/// </remarks>
internal sealed class RoutingPlan
{
    private RoutingPlan(AgoraArea area, IReadOnlyList<string> hosts, string pathPrefix, int start)
    {
        Area = area;
        Hosts = hosts;
        Start = start;
        Prefixes = new string[hosts.Count];
        for (int i = 0; i < hosts.Count; i++)
        {
            Prefixes[i] = "https://" + hosts[i] + pathPrefix;
        }
    }

    public AgoraArea Area { get; }

    public IReadOnlyList<string> Hosts { get; }

    /// <summary>The request-URI prefix for each host, no trailing slash.</summary>
    public string[] Prefixes { get; }

    /// <summary>The index of the host a call's first attempt goes to.</summary>
    public int Start { get; }

    /// <summary>
    /// The plan for <paramref name="address"/> when it is an https address on one of Agora's domains (default port, no user
    /// information, query or fragment), else <see langword="null"/>: routing is off.
    /// </summary>
    /// <remarks>
    /// A host of <paramref name="area"/>'s list starts the calls, and the list continues from it. The
    /// <see cref="AgoraApiAttribute"/> default is only the API author's: outside the area's list, the area's first host
    /// starts instead, and so does it for the primary domains (<c>api.agora.io</c>, <c>api.sd-rtn.com</c>), which
    /// documentation and samples name everywhere. A regional host the application gave is a choice: outside the area's
    /// list, that host starts and its own area's list continues (an address the application gives wins over the options).
    /// </remarks>
    public static RoutingPlan? For(Uri address, AgoraArea area, bool givenByApplication)
    {
        if (!address.IsAbsoluteUri
            || address.Scheme != Uri.UriSchemeHttps
            || !address.IsDefaultPort
            || address.UserInfo.Length > 0
            || address.Query.Length > 0
            || address.Fragment.Length > 0
            || !AgoraDomains.IsAgoraHost(address.Host))
        {
            return null;
        }

        IReadOnlyList<string> hosts = AgoraDomains.HostsFor(area);
        if (givenByApplication && AgoraDomains.AreaOf(address.Host) is { } own && own != AgoraArea.Global && own != area && IndexOf(hosts, address.Host) < 0)
        {
            area = own;
            hosts = AgoraDomains.HostsFor(own);
        }

        int start = Math.Max(0, IndexOf(hosts, address.Host));
        string path = address.AbsolutePath;
        return new RoutingPlan(area, hosts, path.EndsWith("/", StringComparison.Ordinal) ? path.Substring(0, path.Length - 1) : path, start);
    }

    /// <summary>Where <paramref name="host"/> stands in <paramref name="hosts"/> (ignoring case), or -1.</summary>
    public static int IndexOf(IReadOnlyList<string> hosts, string host)
    {
        for (int i = 0; i < hosts.Count; i++)
        {
            if (string.Equals(hosts[i], host, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The host the attempt after one on <paramref name="current"/> that failed with <paramref name="kind"/> goes to.</summary>
    public int Next(int current, FailureKind kind) => NextHost(Hosts, current, kind);

    /// <summary>Agora's order over any area's list: see the remarks of <see cref="RoutingPlan"/>.</summary>
    public static int NextHost(IReadOnlyList<string> hosts, int current, FailureKind kind)
    {
        int count = hosts.Count;
        if (kind == FailureKind.RateLimited)
        {
            return current; // The host answered; the account's quota is what ran out.
        }

        if (kind == FailureKind.NameResolution)
        {
            return (current + 1) % count;
        }

        string region = RegionOf(hosts[current]);
        for (int step = 1; step < count; step++)
        {
            int candidate = (current + step) % count;
            if (!string.Equals(RegionOf(hosts[candidate]), region, StringComparison.Ordinal))
            {
                return candidate;
            }
        }

        return current;
    }

    // The prefix before the suffix: "api-us-west-1" of "api-us-west-1.agora.io", "api" of the primary domains.
    private static string RegionOf(string host) => host.Substring(0, host.IndexOf('.'));
}
