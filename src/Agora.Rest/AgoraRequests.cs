using System;
using System.Net.Http;

namespace Agora.Rest;

/// <summary>Facts about requests that generated clients send, for handlers such as a retry pipeline.</summary>
public static class AgoraRequests
{
    // The request option a generated client sets on requests of methods declared [Idempotent].
    internal const string IdempotentOptionKey = "Agora.Rest.Idempotent";

#if NET5_0_OR_GREATER
    private static readonly HttpRequestOptionsKey<bool> s_idempotent = new(IdempotentOptionKey);
#endif

    /// <summary>
    /// Whether <paramref name="request"/> may be sent again after a failure without changing the outcome: GET,
    /// HEAD, OPTIONS, TRACE, PUT and DELETE (idempotent by HTTP's definition), and requests of methods declared
    /// <see cref="IdempotentAttribute"/>. POST and PATCH are not, since a retry after a lost response could create
    /// or change something twice.
    /// </summary>
    public static bool IsRepeatable(HttpRequestMessage? request)
    {
        if (request is null)
        {
            return false;
        }

        string method = request.Method.Method;
        if (IsIdempotentByDefinition(method))
        {
            return true;
        }

#if NET5_0_OR_GREATER
        return request.Options.TryGetValue(s_idempotent, out bool idempotent) && idempotent;
#else
        return request.Properties.TryGetValue(IdempotentOptionKey, out object? value) && value is true;
#endif
    }

    internal static void MarkIdempotent(HttpRequestMessage request)
    {
#if NET5_0_OR_GREATER
        request.Options.Set(s_idempotent, true);
#else
        request.Properties[IdempotentOptionKey] = true;
#endif
    }

    private static bool IsIdempotentByDefinition(string method) =>
        string.Equals(method, "GET", StringComparison.OrdinalIgnoreCase)
        || string.Equals(method, "HEAD", StringComparison.OrdinalIgnoreCase)
        || string.Equals(method, "PUT", StringComparison.OrdinalIgnoreCase)
        || string.Equals(method, "DELETE", StringComparison.OrdinalIgnoreCase)
        || string.Equals(method, "OPTIONS", StringComparison.OrdinalIgnoreCase)
        || string.Equals(method, "TRACE", StringComparison.OrdinalIgnoreCase);
}
