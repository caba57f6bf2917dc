using System;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Net.Sockets;
using System.Security.Authentication;

namespace Agora.Rest.Routing;

/// <summary>
/// Sorts the outcome of one attempt into a <see cref="FailureKind"/>: by <c>HttpRequestError</c> where the platform gives
/// one (.NET 8+), else by the exceptions inside (a <see cref="SocketException"/>'s code, an
/// <see cref="AuthenticationException"/>, .NET Framework's <see cref="WebException"/> status).
/// </summary>
internal static class FailureClassifier
{
    public static FailureKind Classify(HttpResponseMessage response)
    {
        int status = (int)response.StatusCode;
        return status switch
        {
            408 => FailureKind.RequestTimeout,
            429 => FailureKind.RateLimited,
            >= 500 and <= 599 => FailureKind.ServerError,
            _ => FailureKind.None,
        };
    }

    /// <param name="failure">What the attempt threw.</param>
    /// <param name="callerCancelled">Whether the caller's own token is cancelled: then nothing is repeated.</param>
    /// <param name="afterRedirect">Whether the attempt followed a redirect: a server acted on it, whatever a later hop met.</param>
    public static FailureKind Classify(Exception failure, bool callerCancelled, bool afterRedirect)
    {
        FailureKind kind = Classify(failure, callerCancelled);
        return afterRedirect && kind.NeverReachedServer() ? FailureKind.ConnectionLost : kind;
    }

    /// <param name="failure">What the attempt threw.</param>
    /// <param name="callerCancelled">Whether the caller's own token is cancelled: then nothing is repeated.</param>
    public static FailureKind Classify(Exception failure, bool callerCancelled)
    {
        if (callerCancelled)
        {
            return FailureKind.None;
        }

        switch (failure)
        {
            // SocketsHttpHandler's ConnectTimeout: a TimeoutException of its own inside, so no connection was made.
            // HttpClient's Timeout: a TimeoutException around the cancellation it came from; the request may have arrived.
            case OperationCanceledException when failure.InnerException is TimeoutException timeout:
                return timeout.InnerException is null ? FailureKind.ConnectionFailed : FailureKind.Timeout;
            case HttpRequestException request:
                return ClassifyTransport(request);
            case IOException:
                return FailureKind.ConnectionLost;
            default:
                return FailureKind.None;
        }
    }

    private static FailureKind ClassifyTransport(HttpRequestException failure)
    {
#if NET8_0_OR_GREATER
        switch (failure.HttpRequestError)
        {
            case HttpRequestError.NameResolutionError:
                return FailureKind.NameResolution;
            case HttpRequestError.SecureConnectionError:
                return FailureKind.TlsHandshake;
            case HttpRequestError.ConnectionError:
                return FailureKind.ConnectionFailed;
            case HttpRequestError.Unknown:
                break; // A handler of the application's may not set it: look inside.
            default:
                return FailureKind.ConnectionLost;
        }
#endif
        // A socket error under an IOException happened on an open connection (a read timing out, a reset): the request
        // may have arrived, whatever the code says. Only one met while connecting proves nothing was sent.
        bool onOpenConnection = false;
        for (Exception? inner = failure.InnerException; inner is not null; inner = inner.InnerException)
        {
            switch (inner)
            {
                case SocketException socket:
                    return onOpenConnection ? FailureKind.ConnectionLost : ClassifySocket(socket.SocketErrorCode);
                case AuthenticationException:
                    return FailureKind.TlsHandshake;
                case WebException web when !onOpenConnection && ClassifyWeb(web.Status) is var kind && kind != FailureKind.None:
                    return kind;
                case TimeoutException when ReferenceEquals(inner, failure.InnerException):
                    return FailureKind.ConnectionFailed; // SocketsHttpHandler's ConnectTimeout on older versions.
                case IOException:
                    onOpenConnection = true;
                    break;
            }
        }

        // Without a transport failure inside, this is a refusal of ours or a handler's (a redirect loop, say): not repeated.
        return onOpenConnection ? FailureKind.ConnectionLost : FailureKind.None;
    }

    private static FailureKind ClassifySocket(SocketError error) => error switch
    {
        SocketError.HostNotFound or SocketError.TryAgain or SocketError.NoData => FailureKind.NameResolution,
        SocketError.ConnectionRefused or SocketError.NetworkUnreachable or SocketError.HostUnreachable
            or SocketError.NetworkDown or SocketError.HostDown or SocketError.TimedOut or SocketError.AddressNotAvailable => FailureKind.ConnectionFailed,
        _ => FailureKind.ConnectionLost,
    };

    private static FailureKind ClassifyWeb(WebExceptionStatus status) => status switch
    {
        WebExceptionStatus.NameResolutionFailure => FailureKind.NameResolution,
        WebExceptionStatus.ConnectFailure => FailureKind.ConnectionFailed,
        WebExceptionStatus.SecureChannelFailure or WebExceptionStatus.TrustFailure => FailureKind.TlsHandshake,
        _ => FailureKind.None,
    };
}
