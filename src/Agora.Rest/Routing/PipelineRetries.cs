using System;
using System.Net.Http;
using Agora.Rest.Infrastructure;

namespace Agora.Rest.Routing;

/// <summary>
/// What <see cref="PipelineHostRouter"/> leaves on a request it carried: how many times a handler of the application
/// (Microsoft.Extensions.Http.Resilience, a Polly policy) sent it, so that the client does not repeat what the pipeline
/// already did; which host the pipeline's next attempt goes to; and where the router last sent it.
/// </summary>
internal static class PipelineRetries
{
    private const string AttemptsKey = "Agora.Rest.PipelineAttempts";
    private const string NextHostKey = "Agora.Rest.NextHost";
    private const string RoutedToKey = "Agora.Rest.RoutedTo";

    public static void CountAttempt(HttpRequestMessage request) => RequestNotes.Set(request, AttemptsKey, Attempts(request) + 1);

    public static int Attempts(HttpRequestMessage request) => RequestNotes.TryGet(request, AttemptsKey, out int attempts) ? attempts : 0;

    /// <summary>Whether the pipeline sent the request more than once: then it repeats calls, and the client leaves it to it.</summary>
    public static bool RepeatedByPipeline(HttpRequestMessage request) => Attempts(request) > 1;

    public static void SetNextHost(HttpRequestMessage request, string? host) => RequestNotes.Set(request, NextHostKey, host);

    public static string? NextHost(HttpRequestMessage request) => RequestNotes.TryGet(request, NextHostKey, out string? host) ? host : null;

    /// <summary>Where the router last sent the request, when it moved it to another host of the pool.</summary>
    public static Uri? RoutedTo(HttpRequestMessage request) => RequestNotes.TryGet(request, RoutedToKey, out Uri? uri) ? uri : null;

    public static void SetRoutedTo(HttpRequestMessage request, Uri uri) => RequestNotes.Set(request, RoutedToKey, uri);
}
