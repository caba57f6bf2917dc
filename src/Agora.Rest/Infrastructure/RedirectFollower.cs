using System;
using System.Collections.Generic;
using System.Net;
using System.Net.Http;
using Agora.Wire;

namespace Agora.Rest.Infrastructure;

/// <summary>
/// Follows redirects that reach the client (a handler with <c>AllowAutoRedirect = false</c>, as the generated
/// <c>Add&lt;Name&gt;Client()</c> registrations configure): credentials go along only within the origin the request
/// was first sent to, and a body never leaves it; a hop from https to http, or to anything but http or https, is
/// refused.
/// </summary>
/// <remarks>
/// .NET's own redirect handling drops <c>Authorization</c> but keeps every other header, which would hand the
/// legacy scheme's <c>x-agora-token</c> and <c>x-agora-uid</c> to whatever host a redirect names.
/// </remarks>
internal static class RedirectFollower
{
    /// <summary>As many hops as a browser tolerates before it gives up.</summary>
    public const int MaxRedirects = 10;

    public static bool IsRedirect(HttpResponseMessage response) =>
        (int)response.StatusCode is 301 or 302 or 303 or 307 or 308
        && response.Headers.Location is not null;

    /// <summary>
    /// The request that follows <paramref name="response"/> to its <c>Location</c>. Throws (naming only scheme,
    /// host and port) when the hop is refused.
    /// </summary>
    /// <param name="previous">The request that got the redirect; its content is reused when the method keeps a body.</param>
    /// <param name="response">The redirect.</param>
    /// <param name="origin">Where the first request went: credentials stay within it.</param>
    /// <param name="operation">The generated method, for messages.</param>
    /// <param name="hop">How many redirects this one makes.</param>
    public static HttpRequestMessage Next(HttpRequestMessage previous, HttpResponseMessage response, Uri origin, AgoraOperation operation, int hop)
    {
        if (hop > MaxRedirects)
        {
            throw new HttpRequestException($"{operation.DisplayName} was redirected more than {MaxRedirects} times; stopped.");
        }

        Uri from = previous.RequestUri!;
        Uri target = new(from, response.Headers.Location!);
        if (target.Scheme != Uri.UriSchemeHttps && target.Scheme != Uri.UriSchemeHttp)
        {
            throw new HttpRequestException($"{operation.DisplayName} was redirected to a {target.Scheme} address; only http and https are followed.");
        }

        if (from.Scheme == Uri.UriSchemeHttps && target.Scheme == Uri.UriSchemeHttp)
        {
            throw new HttpRequestException(
                $"{operation.DisplayName} was redirected from https to {BaseAddressPolicy.Describe(target)}; refused, so that nothing of the request travels unencrypted.");
        }

        // 303 (except for HEAD), and 301/302 after a POST, continue as a GET without a body, as browsers and .NET do;
        // 307 and 308 keep both.
        int status = (int)response.StatusCode;
        bool becomesGet = (status == 303 && previous.Method != HttpMethod.Head) || (status is 301 or 302 && previous.Method == HttpMethod.Post);
        HttpContent? content = becomesGet ? null : previous.Content;
        bool sameOrigin = SameOrigin(origin, target);
        if (content is not null && !sameOrigin)
        {
            // Bodies carry secrets of their own (cloud storage keys for recording, model keys for agents).
            throw new HttpRequestException(
                $"{operation.DisplayName} was redirected with its body to {BaseAddressPolicy.Describe(target)}, another host; refused, since the body may carry keys of its own.");
        }

        if (content is not null && content is not ByteArrayContent)
        {
            throw new HttpRequestException(
                $"{operation.DisplayName} was redirected with a {status}, which resends the body, but a stream body can be sent only once.");
        }

        var next = new HttpRequestMessage(becomesGet ? HttpMethod.Get : previous.Method, target)
        {
            Version = previous.Version,
#if NET5_0_OR_GREATER
            VersionPolicy = previous.VersionPolicy,
#endif
            Content = content,
        };

        foreach (KeyValuePair<string, IEnumerable<string>> header in previous.Headers)
        {
            // The transfer encoding belonged to the previous body; credentials stay within the origin.
            if ((sameOrigin || !AgoraWire.IsCredentialHeader(header.Key))
                && !string.Equals(header.Key, "Transfer-Encoding", StringComparison.OrdinalIgnoreCase))
            {
                next.Headers.TryAddWithoutValidation(header.Key, header.Value);
            }
        }

        return next;
    }

    /// <summary>Whether a response came from another origin than the request was sent to: the handler followed a redirect itself.</summary>
    public static bool WasRedirectedElsewhere(HttpResponseMessage response, Uri sentTo) =>
        response.RequestMessage?.RequestUri is { } answeredFor && !SameOrigin(sentTo, answeredFor);

    private static bool SameOrigin(Uri a, Uri b) =>
        string.Equals(a.Scheme, b.Scheme, StringComparison.OrdinalIgnoreCase)
        && string.Equals(a.IdnHost, b.IdnHost, StringComparison.OrdinalIgnoreCase)
        && a.Port == b.Port;
}
