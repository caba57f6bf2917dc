namespace Agora.Rest.Routing;

/// <summary>What went wrong with one attempt, as far as choosing the next host and repeating go.</summary>
internal enum FailureKind
{
    /// <summary>Not a failure a repeat can help with: a success, a 4xx, a bad argument, a cancellation.</summary>
    None,

    /// <summary>The host's name did not resolve: nothing was sent.</summary>
    NameResolution,

    /// <summary>The connection was refused or could not be made (connect timeout, unreachable network): nothing was sent.</summary>
    ConnectionFailed,

    /// <summary>The TLS handshake failed: nothing of the request was sent.</summary>
    TlsHandshake,

    /// <summary>The connection was lost after the request was sent: the server may have acted on it.</summary>
    ConnectionLost,

    /// <summary>No response within the HttpClient's timeout: the server may have acted on the request.</summary>
    Timeout,

    /// <summary>A 5xx answer: the server may have acted on the request.</summary>
    ServerError,

    /// <summary>A 408 answer: the server gave up waiting for the request.</summary>
    RequestTimeout,

    /// <summary>A 429 answer: refused before any processing; wait for <c>Retry-After</c>.</summary>
    RateLimited,
}

/// <summary>Facts about a <see cref="FailureKind"/>.</summary>
internal static class FailureKinds
{
    /// <summary>Whether the request provably never reached a server, so any method may go to another host.</summary>
    public static bool NeverReachedServer(this FailureKind kind) =>
        kind is FailureKind.NameResolution or FailureKind.ConnectionFailed or FailureKind.TlsHandshake;

    /// <summary>Words for logs and messages: what happened, never what was sent.</summary>
    public static string Describe(this FailureKind kind) => kind switch
    {
        FailureKind.NameResolution => "name not resolved",
        FailureKind.ConnectionFailed => "connection failed",
        FailureKind.TlsHandshake => "TLS handshake failed",
        FailureKind.ConnectionLost => "connection lost",
        FailureKind.Timeout => "timed out",
        FailureKind.ServerError => "server error",
        FailureKind.RequestTimeout => "408 request timeout",
        FailureKind.RateLimited => "429 rate limited",
        _ => "failed",
    };
}
