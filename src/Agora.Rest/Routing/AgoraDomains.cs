using System;
using System.Collections.Generic;

namespace Agora.Rest;

/// <summary>
/// Agora's REST domains as its "Ensure service reliability" page lists them: per <see cref="AgoraArea"/>, the hosts a
/// client tries in order. Each host is a prefix (a region, or <c>api</c> for the primary domain) on one of two suffixes,
/// <c>agora.io</c> and <c>sd-rtn.com</c>; mainland China prefers <c>sd-rtn.com</c>.
/// </summary>
public static class AgoraDomains
{
    private static readonly string[] s_global = { "api.agora.io", "api.sd-rtn.com" };

    private static readonly string[] s_unitedStates =
        { "api-us-west-1.agora.io", "api-us-west-1.sd-rtn.com", "api-us-east-1.agora.io", "api-us-east-1.sd-rtn.com" };

    private static readonly string[] s_europe =
        { "api-eu-west-1.agora.io", "api-eu-west-1.sd-rtn.com", "api-eu-central-1.agora.io", "api-eu-central-1.sd-rtn.com" };

    private static readonly string[] s_asiaPacific =
        { "api-ap-southeast-1.agora.io", "api-ap-southeast-1.sd-rtn.com", "api-ap-northeast-1.agora.io", "api-ap-northeast-1.sd-rtn.com" };

    private static readonly string[] s_china =
        { "api-cn-east-1.sd-rtn.com", "api-cn-east-1.agora.io", "api-cn-north-1.sd-rtn.com", "api-cn-north-1.agora.io" };

    private static readonly string[] s_allHosts = Concat(s_global, s_unitedStates, s_europe, s_asiaPacific, s_china);

    private static readonly HashSet<string> s_all = new(s_allHosts, StringComparer.OrdinalIgnoreCase);

    /// <summary>Every defined area, in declaration order.</summary>
    public static IReadOnlyList<AgoraArea> Areas { get; } =
        new[] { AgoraArea.Global, AgoraArea.UnitedStates, AgoraArea.Europe, AgoraArea.AsiaPacific, AgoraArea.China };

    /// <summary>The hosts of <paramref name="area"/>, in the order a client tries them.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="area"/> is not a defined area.</exception>
    public static IReadOnlyList<string> HostsFor(AgoraArea area) => area switch
    {
        AgoraArea.Global => s_global,
        AgoraArea.UnitedStates => s_unitedStates,
        AgoraArea.Europe => s_europe,
        AgoraArea.AsiaPacific => s_asiaPacific,
        AgoraArea.China => s_china,
        _ => throw new ArgumentOutOfRangeException(nameof(area), area, "Not an Agora area: use Global, UnitedStates, Europe, AsiaPacific or China."),
    };

    /// <summary>Whether <paramref name="host"/> is one of Agora's REST domains in any area (case-insensitive).</summary>
    public static bool IsAgoraHost(string host) => host is not null && s_all.Contains(host);

    /// <summary>The area whose list holds <paramref name="host"/> (case-insensitive), or <see langword="null"/> for a host that is not Agora's.</summary>
    public static AgoraArea? AreaOf(string host)
    {
        foreach (AgoraArea area in Areas)
        {
            foreach (string candidate in HostsFor(area))
            {
                if (string.Equals(candidate, host, StringComparison.OrdinalIgnoreCase))
                {
                    return area;
                }
            }
        }

        return null;
    }

    /// <summary>Every Agora REST domain of every area, each once.</summary>
    public static IReadOnlyList<string> AllHosts => s_allHosts;

    private static string[] Concat(params string[][] lists)
    {
        var all = new List<string>();
        foreach (string[] list in lists)
        {
            all.AddRange(list);
        }

        return all.ToArray();
    }
}
