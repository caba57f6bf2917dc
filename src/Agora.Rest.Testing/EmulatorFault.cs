using System;

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

    /// <summary>How long to wait before doing anything else.</summary>
    public TimeSpan Delay { get; }

    /// <summary>Whether the connection is dropped without an answer.</summary>
    public bool DropsConnection { get; }

    /// <summary>Whether the connection is dropped after <see cref="Body"/>, before the length the headers announced.</summary>
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

    /// <summary>Waits <paramref name="delay"/>, then answers normally: for timeouts and slow responses.</summary>
    public static EmulatorFault Slow(TimeSpan delay) =>
        delay < TimeSpan.Zero ? throw new ArgumentOutOfRangeException(nameof(delay), delay, "A delay cannot be negative.")
        : new EmulatorFault(null, null, null, delay, dropsConnection: false);

    /// <summary>
    /// Answers <paramref name="statusCode"/> announcing a body twice as long as <paramref name="partialBody"/>, sends
    /// the part, then drops the connection: a reset in the middle of the body.
    /// </summary>
    public static EmulatorFault CutOffBody(int statusCode, string partialBody)
    {
        ArgumentNullException.ThrowIfNull(partialBody);
        return Status(statusCode, partialBody).WithCutOff();
    }

    private EmulatorFault WithCutOff() => new(StatusCode, Body, RetryAfter, Delay, DropsConnection, cutsOffBody: true);

    /// <summary>Drops the connection without answering, as a reset or a crash would.</summary>
    public static EmulatorFault DropConnection() => new(null, null, null, TimeSpan.Zero, dropsConnection: true);

    private static string DefaultBody(int statusCode) => statusCode switch
    {
        429 => """{"message":"API rate limit exceeded"}""",
        >= 500 => """{"message":"An unexpected error occurred"}""",
        _ => """{"message":"injected fault"}""",
    };
}
