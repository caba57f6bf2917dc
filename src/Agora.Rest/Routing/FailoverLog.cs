using System;
using Microsoft.Extensions.Logging;

namespace Agora.Rest.Routing;

/// <summary>
/// The log lines of failover, defined once so that writing one costs no parsing. They carry the operation's route
/// template, host names, attempt numbers and kinds of failure: never a credential, an argument or a body.
/// </summary>
internal static class FailoverLog
{
    /// <summary>The category every line is written under.</summary>
    public const string Category = "Agora.Rest.Failover";

    private static readonly Action<ILogger, string, int, string, string, string, double, Exception?> s_repeating =
        LoggerMessage.Define<string, int, string, string, string, double>(
            LogLevel.Warning,
            new EventId(1, "AgoraAttemptFailed"),
            "{Operation}: attempt {Attempt} on {Host} failed ({Failure}); trying {NextHost} in {DelayMilliseconds} ms.");

    private static readonly Action<ILogger, string, int, string, string, string, Exception?> s_givingUp =
        LoggerMessage.Define<string, int, string, string, string>(
            LogLevel.Warning,
            new EventId(2, "AgoraCallFailed"),
            "{Operation}: attempt {Attempt} on {Host} failed ({Failure}); not repeated: {Reason}.");

    public static void Repeating(ILogger logger, string operation, int attempt, string host, string failure, string nextHost, TimeSpan delay) =>
        s_repeating(logger, operation, attempt, host, failure, nextHost, Math.Round(delay.TotalMilliseconds), null);

    public static void GivingUp(ILogger logger, string operation, int attempt, string host, string failure, string reason) =>
        s_givingUp(logger, operation, attempt, host, failure, reason, null);
}
