using System;
using System.Threading;

namespace Agora.Rest.Testing;

/// <summary>
/// What the emulator does instead of (or before) answering a request, for testing how a client copes: a chosen
/// status and body, a delay, or a dropped connection; or, for a connection the hosts handler opens to one of Agora's
/// hosts, a name that does not resolve, a refusal or a failed TLS handshake. Give a fault met by requests to
/// <see cref="AgoraEmulator.InjectFault(string, string, EmulatorFault, int)"/> (by route) or
/// <see cref="AgoraEmulator.InjectFault(string, EmulatorFault, int)"/> (by host); a connection-level fault to the latter only.
/// </summary>
public sealed class EmulatorFault
{
    private EmulatorFault(
        int? status, string? body, TimeSpan? retryAfter, TimeSpan delay, bool dropsConnection, bool cutsOffBody = false,
        HostConnectionOutcome? connectionOutcome = null)
    {
        StatusCode = status;
        Body = body;
        RetryAfter = retryAfter;
        Delay = delay;
        DropsConnection = dropsConnection;
        CutsOffBody = cutsOffBody;
        ConnectionOutcome = connectionOutcome;
    }

    /// <summary>The status answered instead of the endpoint's, or <see langword="null"/> to answer normally.</summary>
    public int? StatusCode { get; }

    /// <summary>The body sent with <see cref="StatusCode"/> (JSON when it starts with '{').</summary>
    public string? Body { get; }

    /// <summary>A <c>Retry-After</c> header (whole seconds) sent with <see cref="StatusCode"/>.</summary>
    public TimeSpan? RetryAfter { get; }

    /// <summary>How long to wait before doing anything else; <see cref="Timeout.InfiniteTimeSpan"/> waits until the caller leaves.</summary>
    public TimeSpan Delay { get; }

    /// <summary>Whether the connection is dropped without an answer: the caller never sees a status or a header.</summary>
    public bool DropsConnection { get; }

    /// <summary>
    /// Whether the connection ends after the headers and <see cref="Body"/>, short of the length the headers announced:
    /// the caller always has the status and headers, and meets the failure while reading the body.
    /// </summary>
    public bool CutsOffBody { get; }

    /// <summary>
    /// For a connection-level fault (<see cref="NameResolutionFailure"/>, <see cref="ConnectionRefused"/>,
    /// <see cref="TlsHandshakeFailure"/>), how every connection it meets ends, as <see cref="AgoraEmulator.Connections"/>
    /// records it; <see langword="null"/> for a fault met by requests.
    /// </summary>
    public HostConnectionOutcome? ConnectionOutcome { get; }

    /// <summary>Answers <paramref name="statusCode"/> with <paramref name="body"/> (Agora's gateway text for 429 and 5xx when none is given).</summary>
    public static EmulatorFault Status(int statusCode, string? body = null, TimeSpan? retryAfter = null)
    {
        if (statusCode is < 100 or > 599)
        {
            throw new ArgumentOutOfRangeException(nameof(statusCode), statusCode, "An HTTP status code is between 100 and 599.");
        }

        return new EmulatorFault(statusCode, body ?? DefaultBody(statusCode), retryAfter, TimeSpan.Zero, dropsConnection: false);
    }

    /// <summary>Waits <paramref name="delay"/>, then answers normally: for slow responses.</summary>
    public static EmulatorFault Slow(TimeSpan delay) =>
        delay < TimeSpan.Zero ? throw new ArgumentOutOfRangeException(nameof(delay), delay, "A delay cannot be negative; use Hang() to wait until the caller leaves.")
        : new EmulatorFault(null, null, null, delay, dropsConnection: false);

    /// <summary>
    /// Never answers: waits until the caller gives up (a timeout or a cancellation). For timeout tests that must hold
    /// however slow the machine is, since no answer can arrive first.
    /// </summary>
    public static EmulatorFault Hang() => new(null, null, null, Timeout.InfiniteTimeSpan, dropsConnection: false);

    /// <summary>
    /// Answers <paramref name="statusCode"/> announcing a body twice as long as <paramref name="partialBody"/>, sends the
    /// headers and the part, then ends the connection: the body breaks off in the middle. The headers always arrive first,
    /// so the caller meets the failure while reading the body; for a connection lost before the headers, use
    /// <see cref="DropConnection"/>.
    /// </summary>
    public static EmulatorFault CutOffBody(int statusCode, string partialBody)
    {
        ArgumentNullException.ThrowIfNull(partialBody);
        return Status(statusCode, partialBody).WithCutOff();
    }

    private EmulatorFault WithCutOff() => new(StatusCode, Body, RetryAfter, Delay, DropsConnection, cutsOffBody: true);

    /// <summary>
    /// Drops the connection without answering, as a reset or a crash would: nothing of a response is sent, so the caller
    /// always meets the failure before any status or header.
    /// </summary>
    public static EmulatorFault DropConnection() => new(null, null, null, TimeSpan.Zero, dropsConnection: true);

    /// <summary>
    /// The host's name does not resolve, as when DNS has no answer for it: no connection is attempted, and the client
    /// fails exactly as on its own DNS failure (an <see cref="System.Net.Http.HttpRequestException"/> with
    /// <c>HttpRequestError.NameResolutionError</c> around a <see cref="System.Net.Sockets.SocketException"/> with
    /// <see cref="System.Net.Sockets.SocketError.HostNotFound"/>).
    /// </summary>
    /// <remarks>
    /// Met when the hosts handler (<see cref="AgoraEmulator.CreateAgoraHostsHandler"/>) opens a connection to the host; give
    /// it to <see cref="AgoraEmulator.InjectFault(string, EmulatorFault, int)"/>.
    /// </remarks>
    public static EmulatorFault NameResolutionFailure() => ConnectionFault(HostConnectionOutcome.NameResolutionFailed);

    /// <summary>
    /// The host refuses the connection: the hosts handler connects to a port on 127.0.0.1 where nothing listens, so the
    /// machine itself refuses it (an <see cref="System.Net.Http.HttpRequestException"/> with
    /// <c>HttpRequestError.ConnectionError</c> around a <see cref="System.Net.Sockets.SocketException"/> with
    /// <see cref="System.Net.Sockets.SocketError.ConnectionRefused"/>).
    /// </summary>
    /// <remarks>
    /// Met when the hosts handler (<see cref="AgoraEmulator.CreateAgoraHostsHandler"/>) opens a connection to the host; give
    /// it to <see cref="AgoraEmulator.InjectFault(string, EmulatorFault, int)"/>.
    /// </remarks>
    public static EmulatorFault ConnectionRefused() => ConnectionFault(HostConnectionOutcome.Refused);

    /// <summary>
    /// The TCP connection is made but the TLS handshake fails: the hosts handler reaches a TLS endpoint of the emulator's
    /// that presents a certificate it does not trust, so the handshake really fails (an
    /// <see cref="System.Net.Http.HttpRequestException"/> with <c>HttpRequestError.SecureConnectionError</c> around an
    /// <see cref="System.Security.Authentication.AuthenticationException"/>).
    /// </summary>
    /// <remarks>
    /// Met when the hosts handler (<see cref="AgoraEmulator.CreateAgoraHostsHandler"/>) opens a connection to the host; give
    /// it to <see cref="AgoraEmulator.InjectFault(string, EmulatorFault, int)"/>.
    /// </remarks>
    public static EmulatorFault TlsHandshakeFailure() => ConnectionFault(HostConnectionOutcome.TlsHandshakeFailed);

    private static EmulatorFault ConnectionFault(HostConnectionOutcome outcome) =>
        new(null, null, null, TimeSpan.Zero, dropsConnection: false, connectionOutcome: outcome);

    private static string DefaultBody(int statusCode) => statusCode switch
    {
        429 => """{"message":"API rate limit exceeded"}""",
        >= 500 => """{"message":"An unexpected error occurred"}""",
        _ => """{"message":"injected fault"}""",
    };
}
