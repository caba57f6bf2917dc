using System;

namespace Agora.Rest.Testing.Gateway;

/// <summary>An endpoint: its template, its handler, and whether it takes Signaling tokens.</summary>
internal sealed class Route : RouteTemplate
{
    public Route(string method, string template, Func<RouteRequest, System.Threading.Tasks.Task> handler, bool acceptsTokens = false)
        : base(method, template)
    {
        Handler = handler;
        AcceptsTokens = acceptsTokens;
    }

    public Func<RouteRequest, System.Threading.Tasks.Task> Handler { get; }

    /// <summary>Whether a Signaling token may stand in for the customer's Basic credentials (Signaling APIs only).</summary>
    public bool AcceptsTokens { get; }
}
