using System;

namespace Agora.Rest.Testing.Gateway;

/// <summary>
/// What an injected fault waits for: requests matching a method and path template, whatever host they came in under; or
/// everything that comes to one of Agora's hosts, requests by their Host and, for a connection-level fault, connections
/// the hosts handler opens to it.
/// </summary>
internal sealed class FaultScope
{
    private readonly RouteTemplate? _route;
    private readonly string? _host;

    private FaultScope(RouteTemplate? route, string? host)
    {
        _route = route;
        _host = host;
    }

    public static FaultScope ForRoute(RouteTemplate route) => new(route, null);

    public static FaultScope ForHost(string host) => new(null, host);

    /// <summary>Whether a request is in scope; <paramref name="host"/> is the name it came in under (its Host, without the port).</summary>
    public bool MatchesRequest(string method, string path, string host) =>
        _route is not null ? _route.Match(method, path) is not null : MatchesHost(host);

    /// <summary>Whether a connection to <paramref name="host"/> is in scope; a route has none, since no request is sent yet.</summary>
    public bool MatchesConnection(string host) => _route is null && MatchesHost(host);

    // Host names are case-insensitive; the client's URL may spell one in capitals.
    private bool MatchesHost(string host) => string.Equals(_host, host, StringComparison.OrdinalIgnoreCase);
}
