using System;
using System.IO;
using System.Net.Http;
using System.Threading;

namespace Agora.Rest.Infrastructure;

/// <summary>
/// The one exception contract for a connection that fails: whatever the stage, the caller meets an
/// <see cref="HttpRequestException"/> with the original <see cref="IOException"/> inside, never a bare one.
/// </summary>
/// <remarks>
/// HttpClient wraps what fails before the response headers, but with <see cref="HttpCompletionOption.ResponseHeadersRead"/>
/// the body is read afterwards, straight from the connection: a reset there surfaces as an <see cref="IOException"/>
/// (an <c>HttpIOException</c> on .NET 8), which depends only on whether the headers arrived before the reset did.
/// Callers should not have to catch two types for one event.
/// </remarks>
internal static class TransportFailure
{
    /// <summary>Where in the exchange the connection failed, for the message.</summary>
    public enum Stage
    {
        /// <summary>Sending the request or waiting for the response headers.</summary>
        Send,

        /// <summary>Reading the response body.</summary>
        ResponseBody,
    }

    /// <summary>
    /// The exception to throw for <paramref name="failure"/>: an <see cref="OperationCanceledException"/> when the
    /// caller cancelled (disposing a response to cancel a read surfaces as an I/O error on older frameworks), else an
    /// <see cref="HttpRequestException"/> naming the operation and the stage.
    /// </summary>
    public static Exception For(
        IOException failure, AgoraOperation operation, Stage stage, AgoraCredentials credentials, string? tokenValue, CancellationToken cancellationToken)
    {
        if (cancellationToken.IsCancellationRequested)
        {
            return new OperationCanceledException("The operation was canceled.", failure, cancellationToken);
        }

        // The platform's transport text ("Connection reset by peer", "The response ended prematurely") is worth repeating;
        // a custom handler's or stream's could say anything, so it is scrubbed of the secrets this call knows.
        string cause = SecretRedactor.Redact(failure.Message, credentials, tokenValue) ?? string.Empty;
        string message = stage == Stage.Send
            ? $"{operation.DisplayName} failed: the connection was lost while the request was sent ({cause})."
            : $"{operation.DisplayName} failed: the connection was lost while the response body was read ({cause}). The server may have acted on the request.";
#if NET8_0_OR_GREATER
        HttpRequestError error = failure is HttpIOException transport ? transport.HttpRequestError
            : stage == Stage.ResponseBody ? HttpRequestError.ResponseEnded
            : HttpRequestError.Unknown;
        return new HttpRequestException(error, message, failure);
#else
        return new HttpRequestException(message, failure);
#endif
    }
}
