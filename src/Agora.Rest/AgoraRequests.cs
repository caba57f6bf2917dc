using System;
using System.Net.Http;

namespace Agora.Rest;

/// <summary>Facts about requests that generated clients send, for handlers such as a retry pipeline.</summary>
public static class AgoraRequests
{
    // The request option a generated client sets on requests of methods declared [Idempotent].
    internal const string IdempotentOptionKey = "Agora.Rest.Idempotent";

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

        return Infrastructure.RequestNotes.TryGet(request, IdempotentOptionKey, out bool idempotent) && idempotent;
    }

    internal static void MarkIdempotent(HttpRequestMessage request) => Infrastructure.RequestNotes.Set(request, IdempotentOptionKey, true);

    private static bool IsIdempotentByDefinition(string method) =>
        string.Equals(method, "GET", StringComparison.OrdinalIgnoreCase)
        || string.Equals(method, "HEAD", StringComparison.OrdinalIgnoreCase)
        || string.Equals(method, "PUT", StringComparison.OrdinalIgnoreCase)
        || string.Equals(method, "DELETE", StringComparison.OrdinalIgnoreCase)
        || string.Equals(method, "OPTIONS", StringComparison.OrdinalIgnoreCase)
        || string.Equals(method, "TRACE", StringComparison.OrdinalIgnoreCase);
}
