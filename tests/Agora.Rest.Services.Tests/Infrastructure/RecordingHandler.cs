using System;
using System.Collections.Generic;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Agora.Rest;

namespace Agora.Rest.Services.Tests.Infrastructure;

/// <summary>
/// An in-memory handler for the services' unit tests: records each request as sent (method, URI, Authorization, body
/// text) and answers with the JSON the test gives. Wire behaviour is tested against the emulator over sockets.
/// </summary>
public sealed class RecordingHandler : HttpMessageHandler
{
    private readonly HttpStatusCode _status;
    private readonly string _answer;

    public RecordingHandler(string answerJson, HttpStatusCode status = HttpStatusCode.OK)
    {
        _answer = answerJson;
        _status = status;
    }

    public List<SentRequest> Requests { get; } = new();

    /// <summary>The one request a test sent.</summary>
    public SentRequest Single => Assert.Single(Requests);

    /// <summary>Random Basic credentials made for one test.</summary>
    public static AgoraCredentials NewBasicCredentials() =>
        AgoraCredentials.Basic("customer-" + Guid.NewGuid().ToString("N"), Guid.NewGuid().ToString("N"));

    /// <summary>An <see cref="HttpClient"/> over this handler, with no base address: the declared one applies.</summary>
    public HttpClient NewHttpClient() => new(this, disposeHandler: false);

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        string? body = request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken);
        Requests.Add(new SentRequest(request.Method, request.RequestUri!, request.Headers.Authorization?.Scheme, body));
        return new HttpResponseMessage(_status) { Content = new StringContent(_answer, Encoding.UTF8, "application/json") };
    }
}

/// <summary>A request as the handler saw it.</summary>
public sealed record SentRequest(HttpMethod Method, Uri Uri, string? AuthorizationScheme, string? Body)
{
    /// <summary>Asserts the body is the given JSON, compared as JSON (member order and whitespace aside).</summary>
    public void AssertJsonBody(string expectedJson) => JsonAssert.Equal(expectedJson, Body);
}

/// <summary>JSON compared by meaning: same members and values, in any member order.</summary>
public static class JsonAssert
{
    public static void Equal(string expectedJson, string? actualJson)
    {
        Assert.NotNull(actualJson);
        using JsonDocument expected = JsonDocument.Parse(expectedJson);
        using JsonDocument actual = JsonDocument.Parse(actualJson!);
        Assert.True(
            JsonElement.DeepEquals(expected.RootElement, actual.RootElement),
            $"JSON differs.{Environment.NewLine}Expected: {expected.RootElement}{Environment.NewLine}Actual:   {actual.RootElement}");
    }
}
