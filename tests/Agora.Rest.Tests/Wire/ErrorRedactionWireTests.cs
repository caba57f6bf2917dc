using System;
using System.Security.Cryptography;
using System.Threading.Tasks;
using Agora.Rest.Tests.Apis;

namespace Agora.Rest.Tests.Wire;

/// <summary>Secrets a server echoes back in an error body never reach the exception, however they are written.</summary>
public sealed class ErrorRedactionWireTests : IAsyncLifetime
{
    private RecordingServer _server = null!;

    public async Task InitializeAsync() => _server = await RecordingServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task A_token_echoed_with_json_escapes_is_masked()
    {
        // '+' and '/' are what JSON writers escape ("\u002B", "\/"); put both in the token for certain.
        string token = "007eJxT" + Convert.ToBase64String(RandomNumberGenerator.GetBytes(30)) + "+/" + Secrets.RandomHex(16);
        string escapedLikeStj = System.Text.Json.JsonSerializer.Serialize(token).Trim('"');
        string escapedSolidus = token.Replace("/", "\\/", StringComparison.Ordinal);
        _server.Respond(PlannedResponse.Json($$"""{"message":"bad token {{escapedLikeStj}}","detail":"{{escapedSolidus}}"}""", 401));
        var api = new SignalingApiClient(_server.CreateHttpClient(), AgoraCredentials.Token(token));

        var error = await Assert.ThrowsAsync<AgoraApiException>(() => api.GetUserEventsAsync("app"));

        Assert.NotEqual(token, escapedLikeStj);
        foreach (string form in new[] { token, escapedLikeStj, escapedSolidus })
        {
            Assert.DoesNotContain(form, error.ToString(), StringComparison.Ordinal);
            Assert.DoesNotContain(form, error.ResponseBodyExcerpt, StringComparison.Ordinal);
        }

        Assert.Equal("bad token <redacted>", error.ErrorMessage);
    }

    [Fact]
    public async Task A_secret_cut_in_two_by_the_body_limit_leaves_no_fragment()
    {
        string secret = Secrets.RandomHex();
        const int limit = 100;
        string body = new string('x', limit - 20) + secret + "\"}";
        _server.Respond(new PlannedResponse(401, body));
        var api = new FeatureApiClient(
            _server.CreateHttpClient(),
            AgoraCredentials.Basic(Secrets.RandomHex(), secret),
            new AgoraClientOptions { MaxErrorResponseBytes = limit });

        var error = await Assert.ThrowsAsync<AgoraApiException>(() => api.HeadersAsync(null));

        Assert.Equal(new string('x', limit - 20) + "<redacted>", error.ResponseBodyExcerpt);
        Assert.DoesNotContain(secret.Substring(0, 6), error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Text_that_merely_starts_like_a_secret_is_kept_when_the_body_was_not_cut()
    {
        string secret = Secrets.RandomHex();
        string body = string.Concat("ends with ", secret.AsSpan(0, 10));
        _server.Respond(new PlannedResponse(400, body));
        var api = new FeatureApiClient(_server.CreateHttpClient(), AgoraCredentials.Basic(Secrets.RandomHex(), secret));

        var error = await Assert.ThrowsAsync<AgoraApiException>(() => api.HeadersAsync(null));

        Assert.Equal(body, error.ResponseBodyExcerpt);
    }
}
