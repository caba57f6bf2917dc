using System;
using System.Net.Http;

namespace Agora.Rest.Routing;

/// <summary>
/// What <see cref="PipelineHostRouter"/> leaves on a request it carried: how many times a handler of the application
/// (Microsoft.Extensions.Http.Resilience, a Polly policy) sent it, so that the client does not repeat what the pipeline
/// already did; and which host the pipeline's next attempt of the request goes to.
/// </summary>
internal static class PipelineRetries
{
    private const string AttemptsKey = "Agora.Rest.PipelineAttempts";
    private const string NextHostKey = "Agora.Rest.NextHost";
    private const string RoutedToKey = "Agora.Rest.RoutedTo";

#if NET5_0_OR_GREATER
    private static readonly HttpRequestOptionsKey<int> s_attempts = new(AttemptsKey);
    private static readonly HttpRequestOptionsKey<string?> s_nextHost = new(NextHostKey);
    private static readonly HttpRequestOptionsKey<Uri?> s_routedTo = new(RoutedToKey);

    /// <summary>Where the router last sent the request, when it moved it to another host of the pool.</summary>
    public static Uri? RoutedTo(HttpRequestMessage request) => request.Options.TryGetValue(s_routedTo, out Uri? uri) ? uri : null;

    public static void SetRoutedTo(HttpRequestMessage request, Uri uri) => request.Options.Set(s_routedTo, uri);

    public static void CountAttempt(HttpRequestMessage request) => request.Options.Set(s_attempts, Attempts(request) + 1);

    public static int Attempts(HttpRequestMessage request) => request.Options.TryGetValue(s_attempts, out int attempts) ? attempts : 0;

    public static void SetNextHost(HttpRequestMessage request, string? host) => request.Options.Set(s_nextHost, host);

    public static string? NextHost(HttpRequestMessage request) =>
        request.Options.TryGetValue(s_nextHost, out string? host) ? host : null;

    /// <summary>Whether the pipeline sent the request more than once: then it repeats calls, and the client leaves it to it.</summary>
    public static bool RepeatedByPipeline(HttpRequestMessage request) => Attempts(request) > 1;
#else
    /// <summary>Where the router last sent the request, when it moved it to another host of the pool.</summary>
    public static Uri? RoutedTo(HttpRequestMessage request) =>
        request.Properties.TryGetValue(RoutedToKey, out object? value) ? value as Uri : null;

    public static void SetRoutedTo(HttpRequestMessage request, Uri uri) => request.Properties[RoutedToKey] = uri;

    public static void CountAttempt(HttpRequestMessage request) => request.Properties[AttemptsKey] = Attempts(request) + 1;

    public static int Attempts(HttpRequestMessage request) =>
        request.Properties.TryGetValue(AttemptsKey, out object? value) && value is int attempts ? attempts : 0;

    public static void SetNextHost(HttpRequestMessage request, string? host) => request.Properties[NextHostKey] = host;

    public static string? NextHost(HttpRequestMessage request) =>
        request.Properties.TryGetValue(NextHostKey, out object? value) ? value as string : null;

    /// <summary>Whether the pipeline sent the request more than once: then it repeats calls, and the client leaves it to it.</summary>
    public static bool RepeatedByPipeline(HttpRequestMessage request) => Attempts(request) > 1;
#endif
}
