using System;
using System.Collections.Generic;
using System.Net.Http;
using Agora.Rest.Infrastructure;

namespace Agora.Rest.Routing;

/// <summary>
/// A sent request cannot be sent again: each further attempt is a copy for another host of the pool, with the same
/// method, path, query, headers (credentials included: every host of the pool is Agora's) and body. Headers a handler
/// added on the first attempt come along, except those that are per attempt by nature (tracing, Host).
/// </summary>
internal static class RequestCopies
{
    /// <param name="original">The caller's request; its body is shared, not copied.</param>
    /// <param name="fromPrefix">The prefix the original's URI starts with.</param>
    /// <param name="toPrefix">The prefix of the host the copy goes to.</param>
    /// <param name="operation">The generated method, for its [Idempotent] mark.</param>
    public static HttpRequestMessage For(HttpRequestMessage original, string fromPrefix, string toPrefix, AgoraOperation operation)
    {
        string uri = original.RequestUri!.OriginalString;
        if (!uri.StartsWith(fromPrefix, StringComparison.Ordinal))
        {
            // Only the core builds these URIs; a handler that rewrote one is not followed elsewhere.
            throw new InvalidOperationException($"{operation.DisplayName}: the request URI no longer starts at its routed host; not sent to another one.");
        }

#if NET5_0_OR_GREATER
        string target = string.Concat(toPrefix, uri.AsSpan(fromPrefix.Length));
#else
        string target = toPrefix + uri.Substring(fromPrefix.Length);
#endif
        var copy = new HttpRequestMessage(original.Method, new Uri(target))
        {
            Version = original.Version,
#if NET5_0_OR_GREATER
            VersionPolicy = original.VersionPolicy,
#endif
            Content = original.Content,
        };

        foreach (KeyValuePair<string, IEnumerable<string>> header in original.Headers)
        {
            if (!IsPerAttempt(header.Key))
            {
                copy.Headers.TryAddWithoutValidation(header.Key, header.Value);
            }
        }

        if (operation.IsIdempotent)
        {
            AgoraRequests.MarkIdempotent(copy);
        }

        return copy;
    }

    // Headers a handler sets for each attempt on its own (tracing adds a new span's; Host names the first attempt's host):
    // carried over, the copy would claim to be the first attempt.
    private static bool IsPerAttempt(string header) =>
        string.Equals(header, "traceparent", StringComparison.OrdinalIgnoreCase)
        || string.Equals(header, "tracestate", StringComparison.OrdinalIgnoreCase)
        || string.Equals(header, "Request-Id", StringComparison.OrdinalIgnoreCase)
        || string.Equals(header, "Correlation-Context", StringComparison.OrdinalIgnoreCase)
        || string.Equals(header, "baggage", StringComparison.OrdinalIgnoreCase)
        || string.Equals(header, "Host", StringComparison.OrdinalIgnoreCase);
}
