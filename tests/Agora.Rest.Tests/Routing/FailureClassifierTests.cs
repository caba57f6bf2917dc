using System;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Net.Sockets;
using System.Security.Authentication;
using System.Threading.Tasks;
using Agora.Rest.Routing;

namespace Agora.Rest.Tests.Routing;

/// <summary>What each failure proves about whether the request reached a server.</summary>
public sealed class FailureClassifierTests
{
    [Theory]
    [InlineData(HttpRequestError.NameResolutionError, "NameResolution")]
    [InlineData(HttpRequestError.ConnectionError, "ConnectionFailed")]
    [InlineData(HttpRequestError.SecureConnectionError, "TlsHandshake")]
    [InlineData(HttpRequestError.ResponseEnded, "ConnectionLost")]
    [InlineData(HttpRequestError.InvalidResponse, "ConnectionLost")]
    public void On_net8_the_platforms_request_error_decides(HttpRequestError error, string expected)
    {
        FailureKind kind = FailureClassifier.Classify(new HttpRequestException(error, "x"), callerCancelled: false);

        // The netstandard2.0 build cannot see the label: with no cause inside, it repeats nothing.
        Assert.Equal(LibraryBuild.IsNetStandard ? FailureKind.None : Enum.Parse<FailureKind>(expected), kind);
    }

    [Theory]
    [InlineData(SocketError.HostNotFound, "NameResolution")]
    [InlineData(SocketError.TryAgain, "NameResolution")]
    [InlineData(SocketError.ConnectionRefused, "ConnectionFailed")]
    [InlineData(SocketError.NetworkUnreachable, "ConnectionFailed")]
    [InlineData(SocketError.TimedOut, "ConnectionFailed")]
    [InlineData(SocketError.ConnectionReset, "ConnectionLost")]
    public void Without_a_label_the_socket_error_inside_decides(SocketError error, string expected)
    {
        var failure = new HttpRequestException("x", new SocketException((int)error));

        Assert.Equal(Enum.Parse<FailureKind>(expected), FailureClassifier.Classify(failure, callerCancelled: false));
    }

    [Fact]
    public void Other_causes_inside_an_unlabelled_failure()
    {
        Assert.Equal(FailureKind.TlsHandshake, FailureClassifier.Classify(new HttpRequestException("x", new AuthenticationException("bad cert")), false));
        Assert.Equal(FailureKind.NameResolution, FailureClassifier.Classify(new HttpRequestException("x", new WebException("x", WebExceptionStatus.NameResolutionFailure)), false));
        Assert.Equal(FailureKind.ConnectionFailed, FailureClassifier.Classify(new HttpRequestException("x", new TimeoutException()), false));
        Assert.Equal(FailureKind.ConnectionLost, FailureClassifier.Classify(new HttpRequestException("x", new IOException("reset")), false));
        Assert.Equal(FailureKind.ConnectionLost, FailureClassifier.Classify(new IOException("reset"), false));
    }

    [Fact]
    public void Refusals_of_the_clients_own_and_cancellations_are_never_repeated()
    {
        Assert.Equal(FailureKind.None, FailureClassifier.Classify(new HttpRequestException("redirected more than 10 times"), false));
        Assert.Equal(FailureKind.None, FailureClassifier.Classify(new InvalidOperationException(), false));
        Assert.Equal(FailureKind.None, FailureClassifier.Classify(new TaskCanceledException("cancelled"), false));
        Assert.Equal(FailureKind.None, FailureClassifier.Classify(new HttpRequestException(HttpRequestError.NameResolutionError, "x"), callerCancelled: true));
    }

    [Fact]
    public void HttpClients_own_timeout_may_have_reached_the_server()
    {
        // As HttpClient throws it: the TimeoutException holds the cancellation it came from.
        var timeout = new TaskCanceledException("timeout", new TimeoutException("timeout", new TaskCanceledException()));

        Assert.Equal(FailureKind.Timeout, FailureClassifier.Classify(timeout, callerCancelled: false));
        Assert.False(FailureKind.Timeout.NeverReachedServer());
    }

    [Fact]
    public void The_handlers_connect_timeout_reached_no_server()
    {
        // As SocketsHttpHandler throws it: a TimeoutException of its own, with nothing inside.
        var connectTimeout = new TaskCanceledException("connect", new TimeoutException("A connection could not be established within the configured ConnectTimeout."));

        Assert.Equal(FailureKind.ConnectionFailed, FailureClassifier.Classify(connectTimeout, callerCancelled: false));
    }

    [Fact]
    public void A_socket_error_on_an_open_connection_may_have_reached_the_server()
    {
        var readTimeout = new HttpRequestException("x", new IOException("read", new SocketException((int)SocketError.TimedOut)));

        Assert.Equal(FailureKind.ConnectionLost, FailureClassifier.Classify(readTimeout, callerCancelled: false));
    }

    [Fact]
    public void An_attempt_that_followed_a_redirect_reached_a_server_whatever_a_later_hop_met()
    {
        var nameFailure = new HttpRequestException("x", new SocketException((int)SocketError.HostNotFound));

        Assert.Equal(FailureKind.ConnectionLost, FailureClassifier.Classify(nameFailure, callerCancelled: false, afterRedirect: true));
        Assert.Equal(FailureKind.NameResolution, FailureClassifier.Classify(nameFailure, callerCancelled: false, afterRedirect: false));
    }

    [Theory]
    [InlineData(200, "None")]
    [InlineData(302, "None")]
    [InlineData(400, "None")]
    [InlineData(401, "None")]
    [InlineData(404, "None")]
    [InlineData(409, "None")]
    [InlineData(408, "RequestTimeout")]
    [InlineData(429, "RateLimited")]
    [InlineData(500, "ServerError")]
    [InlineData(503, "ServerError")]
    [InlineData(504, "ServerError")]
    public void Statuses(int status, string expected)
    {
        using var response = new HttpResponseMessage((HttpStatusCode)status);

        Assert.Equal(Enum.Parse<FailureKind>(expected), FailureClassifier.Classify(response));
    }
}
