using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Net.Http;
using Agora.Rest.Routing;

namespace Agora.Rest.Infrastructure;

/// <summary>Settings the generated IHttpClientFactory registrations apply to the primary handler. Not meant to be used directly.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class AgoraHandlers
{
    /// <summary>
    /// Turns off the handler's own redirects, so that generated clients follow them and keep credentials within
    /// the origin (the handler would send <c>x-agora-token</c> and <c>x-agora-uid</c> to any host). Handlers of
    /// other kinds are left as they are.
    /// </summary>
    public static void LeaveRedirectsToClient(HttpMessageHandler handler)
    {
        switch (handler)
        {
            case HttpClientHandler clientHandler:
                clientHandler.AllowAutoRedirect = false;
                break;
#if NET5_0_OR_GREATER
            case SocketsHttpHandler socketsHandler:
                socketsHandler.AllowAutoRedirect = false;
                break;
#else
            // This build runs on .NET Core too, whose factory may hand a SocketsHttpHandler this build cannot name.
            case { } other when other.GetType().FullName == "System.Net.Http.SocketsHttpHandler":
                other.GetType().GetProperty("AllowAutoRedirect")?.SetValue(other, false);
                break;
#endif
        }
    }

    // Handlers that repeat requests themselves: Microsoft.Extensions.Http.Resilience's (standard, hedging, custom) and
    // Microsoft.Extensions.Http.Polly's. Known by name, so that the product depends on neither.
    private static readonly string[] s_retryingHandlers =
    {
        "Microsoft.Extensions.Http.Resilience.ResilienceHandler",
        "Microsoft.Extensions.Http.PolicyHttpMessageHandler",
    };

    /// <summary>
    /// When the client's pipeline holds a handler that repeats requests, adds the innermost handler that sends each of its
    /// attempts to the host Agora's order gives; the client does not repeat what the pipeline repeated. Call after every other
    /// configuration of <paramref name="additionalHandlers"/>.
    /// </summary>
    public static void RouteRepeatsOfThePipeline(IList<DelegatingHandler> additionalHandlers)
    {
        if (additionalHandlers is null)
        {
            throw new ArgumentNullException(nameof(additionalHandlers));
        }

        foreach (DelegatingHandler handler in additionalHandlers)
        {
            if (Array.IndexOf(s_retryingHandlers, handler.GetType().FullName) >= 0)
            {
                additionalHandlers.Add(new PipelineHostRouter());
                return;
            }
        }
    }
}
