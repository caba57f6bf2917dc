using System;

namespace Agora.Rest.Testing.Gateway;

/// <summary>An endpoint: its template, its handler, and which tokens it takes.</summary>
internal sealed class Route : RouteTemplate
{
    public Route(string method, string template, Func<RouteRequest, System.Threading.Tasks.Task> handler, RateLimit? limit, RouteTokens tokens = RouteTokens.None)
        : base(method, template)
    {
        Handler = handler;
        Limit = limit;
        Tokens = tokens;
    }

    public Func<RouteRequest, System.Threading.Tasks.Task> Handler { get; }

    /// <summary>Agora's documented quota for this API, enforced when the emulator's rate limits are on.</summary>
    public RateLimit? Limit { get; }

    /// <summary>Which tokens may stand in for the customer's Basic credentials (Signaling and Conversational AI APIs only).</summary>
    public RouteTokens Tokens { get; }
}
