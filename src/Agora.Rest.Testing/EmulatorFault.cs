using System;
using System.Threading;

namespace Agora.Rest.Testing;

/// <summary>
/// What the emulator does instead of (or before) answering a request, for testing how a client copes: a chosen
/// status and body, a delay, or a dropped connection. Give it to <see cref="AgoraEmulator.InjectFault"/>.
/// </summary>
public sealed class EmulatorFault
{
    private EmulatorFault(int? status, string? body, TimeSpan? retryAfter, TimeSpan delay, bool dropsConnection, bool cutsOffBody = false)
    {
        StatusCode = status;
        Body = body;
        RetryAfter = retryAfter;
        Delay = delay;
        DropsConnection = dropsConnection;
        CutsOffBody = cutsOffBody;
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

    private static string DefaultBody(int statusCode) => statusCode switch
    {
        429 => """{"message":"API rate limit exceeded"}""",
        >= 500 => """{"message":"An unexpected error occurred"}""",
        _ => """{"message":"injected fault"}""",
    };
}
