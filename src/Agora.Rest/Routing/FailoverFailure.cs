using System;
using System.Net.Http;
using System.Runtime.ExceptionServices;
using System.Threading;
using System.Threading.Tasks;
using Agora.Rest.Infrastructure;
using Polly.Timeout;

namespace Agora.Rest.Routing;

/// <summary>
/// What a call that failed over and still failed throws: the same types as a single attempt would (the exception
/// contract in docs/security.md), with the hosts tried and what happened on each in the message.
/// </summary>
internal static class FailoverFailure
{
    public static Exception For(Exception last, AgoraOperation operation, FailoverCall call, TimeSpan deadline, CancellationToken cancellationToken)
    {
        if (last is TimeoutRejectedException)
        {
            // As HttpClient says its own timeout: a TaskCanceledException with a TimeoutException inside.
            string message =
                $"{operation.DisplayName} gave up at its deadline of {deadline.TotalSeconds:0.###} s (AgoraRetryOptions.Deadline). Attempts: {call.History.Describe()}.";
            return new TaskCanceledException(message, new TimeoutException(message, call.LastFailure));
        }

        if (last is HttpRequestException transport && last is not AgoraApiException && call.History.Count > 1 && !cancellationToken.IsCancellationRequested)
        {
            string message = $"{operation.DisplayName} failed on every attempt. Attempts: {call.History.Describe()}.";
#if NET8_0_OR_GREATER
            return new HttpRequestException(transport.HttpRequestError, message, transport, transport.StatusCode);
#else
            return new HttpRequestException(message, transport);
#endif
        }

        // Anything else (a cancellation, a refusal of ours, a single attempt) is thrown as it was, with its own stack.
        ExceptionDispatchInfo.Capture(last).Throw();
        throw last; // Not reached.
    }
}
