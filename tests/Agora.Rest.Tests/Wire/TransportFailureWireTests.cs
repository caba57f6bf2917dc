using System;
using System.Collections.Generic;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Agora.Rest.Tests.Apis;

namespace Agora.Rest.Tests.Wire;

/// <summary>
/// The exception contract on every path against a real Kestrel server: a connection lost before the headers, in the
/// middle of a body, on a redirect hop or inside a custom handler surfaces as <see cref="HttpRequestException"/> with
/// the <see cref="IOException"/> inside, never as a bare <see cref="IOException"/>; a lost error body still gives the
/// status; cancellation stays <see cref="OperationCanceledException"/>. The server's cuts are deterministic (see
/// <see cref="ConnectionCut"/>), so each test takes the path it names on every run.
/// </summary>
public sealed class TransportFailureWireTests : IAsyncLifetime
{
    private const string PartOfPayload = """{"name":"tru""";

    private RecordingServer _server = null!;
    private HttpClient _http = null!;
    private TransportApiClient _api = null!;

    public async Task InitializeAsync()
    {
        _server = await RecordingServer.StartAsync();
        _http = _server.CreateHttpClient();
        _api = new TransportApiClient(_http, AgoraCredentials.Basic(Secrets.RandomHex(), Secrets.RandomHex()));
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _server.DisposeAsync();
    }

    /// <summary>Every result form that reads the body, by name.</summary>
    public static IEnumerable<object[]> BodyReadingForms() => new[]
    {
        new object[] { "Json" },
        new object[] { "JsonValueTask" },
        new object[] { "Text" },
        new object[] { "Bytes" },
        new object[] { "JsonEnvelope" },
        new object[] { "TextEnvelope" },
        new object[] { "BytesEnvelope" },
    };

    /// <summary>Every result form, by name.</summary>
    public static IEnumerable<object[]> AllForms()
    {
        foreach (object[] form in BodyReadingForms())
        {
            yield return form;
        }

        yield return new object[] { "NoContent" };
        yield return new object[] { "Stream" };
    }

    private Task CallAsync(string form) => form switch
    {
        "NoContent" => _api.NoContentAsync(),
        "Json" => _api.JsonAsync(),
        "JsonValueTask" => _api.JsonValueTaskAsync().AsTask(),
        "Text" => _api.TextAsync(),
        "Bytes" => _api.BytesAsync(),
        "JsonEnvelope" => _api.JsonEnvelopeAsync(),
        "TextEnvelope" => _api.TextEnvelopeAsync(),
        "BytesEnvelope" => _api.BytesEnvelopeAsync().AsTask(),
        "Stream" => _api.StreamAsync(),
        _ => throw new ArgumentOutOfRangeException(nameof(form), form, null),
    };

    // The error an envelope form returns rather than throws.
    private async Task<AgoraApiException?> EnvelopeErrorAsync(string form) => form switch
    {
        "JsonEnvelope" => (await _api.JsonEnvelopeAsync()).Error,
        "TextEnvelope" => (await _api.TextEnvelopeAsync()).Error,
        "BytesEnvelope" => (await _api.BytesEnvelopeAsync()).Error,
        _ => throw new ArgumentOutOfRangeException(nameof(form), form, null),
    };

    [Theory]
    [MemberData(nameof(AllForms))]
    public async Task A_connection_lost_before_the_headers_is_an_HttpRequestException(string form)
    {
        _server.Respond(new PlannedResponse(200, PartOfPayload, Cut: ConnectionCut.BeforeHeaders));

        HttpRequestException error = await Assert.ThrowsAsync<HttpRequestException>(() => CallAsync(form));

        Assert.NotNull(error.InnerException);
    }

    [Theory]
    [MemberData(nameof(BodyReadingForms))]
    public async Task A_connection_lost_in_the_middle_of_the_body_is_an_HttpRequestException_around_the_IOException(string form)
    {
        _server.Respond(new PlannedResponse(200, PartOfPayload, Cut: ConnectionCut.InBody));

        HttpRequestException error = await Assert.ThrowsAsync<HttpRequestException>(() => CallAsync(form));

        AssertLostWhileReadingTheBody(error);
    }

    [Fact]
    public async Task A_result_that_does_not_read_the_body_does_not_fail_when_the_body_is_cut()
    {
        _server.Respond(new PlannedResponse(200, PartOfPayload, Cut: ConnectionCut.InBody));

        await _api.NoContentAsync();
    }

    [Fact]
    public async Task A_stream_result_hands_over_the_body_unread_so_its_reads_fail_as_a_network_stream_does()
    {
        _server.Respond(new PlannedResponse(200, PartOfPayload, Cut: ConnectionCut.InBody));

        using Stream body = await _api.StreamAsync();

        await Assert.ThrowsAnyAsync<IOException>(() => body.CopyToAsync(Stream.Null));
    }

    [Theory]
    [InlineData("NoContent")]
    [InlineData("Json")]
    [InlineData("JsonValueTask")]
    [InlineData("Text")]
    [InlineData("Bytes")]
    [InlineData("Stream")]
    public async Task An_error_body_cut_short_still_gives_the_status_with_the_lost_connection_as_the_cause(string form)
    {
        _server.Respond(new PlannedResponse(500, """{"message":"An unexpected""", Cut: ConnectionCut.InBody));

        AgoraApiException error = await Assert.ThrowsAsync<AgoraApiException>(() => CallAsync(form));

        AssertErrorBodyLost(error);
    }

    [Theory]
    [InlineData("JsonEnvelope")]
    [InlineData("TextEnvelope")]
    [InlineData("BytesEnvelope")]
    public async Task An_envelope_returns_the_status_of_an_error_body_cut_short(string form)
    {
        _server.Respond(new PlannedResponse(500, """{"message":"An unexpected""", Cut: ConnectionCut.InBody));

        AgoraApiException? error = await EnvelopeErrorAsync(form);

        Assert.NotNull(error);
        AssertErrorBodyLost(error);
    }

    [Theory]
    [InlineData(ConnectionCut.BeforeHeaders)]
    [InlineData(ConnectionCut.InBody)]
    public async Task A_connection_lost_on_a_redirect_hop_is_an_HttpRequestException(ConnectionCut cut)
    {
        _server.Respond(request => request.RawTarget.StartsWith("/moved", StringComparison.Ordinal)
            ? new PlannedResponse(200, PartOfPayload, Cut: cut)
            : new PlannedResponse(307, Headers: new Dictionary<string, string> { ["Location"] = "/moved" + request.RawTarget }));
        using var http = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false }) { BaseAddress = _server.BaseAddress };
        var api = new TransportApiClient(http, AgoraCredentials.Basic(Secrets.RandomHex(), Secrets.RandomHex()));

        HttpRequestException error = await Assert.ThrowsAsync<HttpRequestException>(() => api.JsonAsync());

        Assert.Equal(2, _server.Requests.Count);
        if (cut == ConnectionCut.InBody)
        {
            AssertLostWhileReadingTheBody(error);
        }
    }

    [Fact]
    public async Task An_IOException_from_a_handler_in_the_pipeline_is_an_HttpRequestException()
    {
        using var http = new HttpClient(new FailingHandler()) { BaseAddress = _server.BaseAddress };
        var api = new TransportApiClient(http, AgoraCredentials.Basic(Secrets.RandomHex(), Secrets.RandomHex()));

        HttpRequestException error = await Assert.ThrowsAsync<HttpRequestException>(() => api.JsonAsync());

        Assert.IsType<IOException>(error.InnerException);
        Assert.Contains("GET /answer", error.Message, StringComparison.Ordinal);
        Assert.Contains("while the request was sent", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cancelling_while_the_body_is_read_stays_an_OperationCanceledException()
    {
        _server.Respond(new PlannedResponse(200, PartOfPayload, Cut: ConnectionCut.Stall));
        var headers = new HeadersSeen(new SocketsHttpHandler());
        using var http = new HttpClient(headers) { BaseAddress = _server.BaseAddress };
        var api = new TransportApiClient(http, AgoraCredentials.Basic(Secrets.RandomHex(), Secrets.RandomHex()));
        using var cancellation = new CancellationTokenSource();

        Task<Payload> call = api.JsonCancellableAsync(cancellation.Token);
        await headers.Arrived; // the client is past the headers and reading a body whose rest never comes
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call);
    }

    private static void AssertLostWhileReadingTheBody(HttpRequestException error)
    {
        Assert.IsNotType<AgoraApiException>(error);
        Assert.IsAssignableFrom<IOException>(error.InnerException);
        Assert.Contains("GET /answer", error.Message, StringComparison.Ordinal);
        Assert.Contains("while the response body was read", error.Message, StringComparison.Ordinal);
#if NET8_0_OR_GREATER
        if (!LibraryBuild.IsNetStandard)
        {
            Assert.Equal(HttpRequestError.ResponseEnded, error.HttpRequestError);
        }
#endif
    }

    private static void AssertErrorBodyLost(AgoraApiException error)
    {
        Assert.Equal(HttpStatusCode.InternalServerError, error.StatusCode);
        Assert.IsAssignableFrom<IOException>(error.InnerException);
        Assert.Contains("while the error body was read", error.Message, StringComparison.Ordinal);
    }

    /// <summary>Completes <see cref="Arrived"/> once a response's headers are in, before the body is read.</summary>
    private sealed class HeadersSeen(HttpMessageHandler inner) : DelegatingHandler(inner)
    {
        private readonly TaskCompletionSource _arrived = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task Arrived => _arrived.Task;

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            HttpResponseMessage response = await base.SendAsync(request, cancellationToken);
            _arrived.TrySetResult();
            return response;
        }
    }

    private sealed class FailingHandler : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            Task.FromException<HttpResponseMessage>(new IOException("The handler lost its connection."));
    }
}
