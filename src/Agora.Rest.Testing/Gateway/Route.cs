using System;

namespace Agora.Rest.Testing.Gateway;

/// <summary>An endpoint: its template, its handler, and whether it takes Signaling tokens.</summary>
internal sealed class Route : RouteTemplate
{
    public Route(string method, string template, Func<RouteRequest, System.Threading.Tasks.Task> handler, RateLimit? limit, bool acceptsTokens = false)
        : base(method, template)
    {
        Handler = handler;
        Limit = limit;
        AcceptsTokens = acceptsTokens;
    }

    public Func<RouteRequest, System.Threading.Tasks.Task> Handler { get; }

    /// <summary>Agora's documented quota for this API, enforced when the emulator's rate limits are on.</summary>
    public RateLimit? Limit { get; }

    /// <summary>Whether a Signaling token may stand in for the customer's Basic credentials (Signaling APIs only).</summary>
    public bool AcceptsTokens { get; }
}
