using System;
using System.Collections.Concurrent;
using System.Threading;
using System.Threading.Tasks;
using Agora.Rest.Tests.Apis;

namespace Agora.Rest.Tests.Wire;

/// <summary>The exact headers of each scheme, and the absence of the others, as Kestrel received them.</summary>
public sealed class AuthenticationWireTests : IAsyncLifetime
{
    private RecordingServer _server = null!;

    public async Task InitializeAsync() => _server = await RecordingServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task Basic_sends_base64_of_id_colon_secret_and_nothing_else()
    {
        string id = Secrets.RandomHex();
        string secret = Secrets.RandomHex();
        _server.Respond(PlannedResponse.Json("""{"success":true,"data":{"channels":[{"channel_name":"lobby","user_count":3}],"total_size":1}}"""));
        var api = new ChannelApiClient(_server.CreateHttpClient(), AgoraCredentials.Basic(id, secret));

        ChannelList list = await api.ListChannelsAsync("970CA35de60c44645bbae8a215061b33", page: 2);

        RecordedRequest request = _server.Single;
        Assert.Equal("GET", request.Method);
        Assert.Equal("/dev/v1/channel/970CA35de60c44645bbae8a215061b33?page_no=2&page_size=100", request.RawTarget);
        Assert.Equal(Secrets.ExpectedBasic(id, secret), request.Header("Authorization"));
        Assert.False(request.HasHeader("x-agora-token"));
        Assert.False(request.HasHeader("x-agora-uid"));
        Assert.True(list.Success);
        Assert.Equal(1, list.Data.TotalSize);
    }

    [Fact]
    public async Task Basic_encodes_non_ascii_credentials_as_utf8()
    {
        string id = "kunde-" + Secrets.RandomHex(8);
        string secret = "gehe\u00efm-\u20ac-" + Secrets.RandomHex(8);
        var api = new PublicEndpointApiClient(_server.CreateHttpClient(), AgoraCredentials.Basic(id, secret));

        await api.AuthenticatedAsync();

        string header = _server.Single.Header("Authorization")!;
        Assert.StartsWith("Basic ", header, StringComparison.Ordinal);
        Assert.Equal(id + ":" + secret, System.Text.Encoding.UTF8.GetString(Convert.FromBase64String(header.Substring(6))));
    }

    [Fact]
    public async Task AccessToken2_sends_agora_token_and_asks_the_provider_for_every_request_with_the_calls_token()
    {
        var provider = new CountingTokenProvider();
        _server.Respond(PlannedResponse.Json("""{"result":"success","request_id":"r1","events":[{"user_id":"u1","type":"Login","ms":5}]}"""));
        var api = new SignalingApiClient(_server.CreateHttpClient(), AgoraCredentials.Token(provider));
        using var cancellation = new CancellationTokenSource();

        UserEvents first = await api.GetUserEventsAsync("app", cancellation.Token);
        await api.GetUserEventsAsync("app", cancellation.Token);

        Assert.Equal(2, provider.Calls);
        Assert.All(provider.TokensSeen, t => Assert.Equal(cancellation.Token, t));
        Assert.Equal("agora token=" + provider.Issued[0], _server.Requests[0].Header("Authorization"));
        Assert.Equal("agora token=" + provider.Issued[1], _server.Requests[1].Header("Authorization"));
        Assert.NotEqual(provider.Issued[0], provider.Issued[1]);
        Assert.False(_server.Requests[0].HasHeader("x-agora-token"));
        Assert.False(_server.Requests[0].HasHeader("x-agora-uid"));
        Assert.Equal("u1", Assert.Single(first.Events).UserId);
    }

    [Fact]
    public async Task AccessToken2_with_a_fixed_token_sends_it_verbatim()
    {
        string token = Secrets.RandomToken();
        var api = new SignalingApiClient(_server.CreateHttpClient(), AgoraCredentials.Token(token));
        _server.Respond(PlannedResponse.Json("""{"result":"success","request_id":"r","code":"message_sent"}"""));

        MessageResult result = await api.SendPeerMessageAsync("app", "user 1", new PeerMessage("user2", true, "hi"), waitForAck: true);

        RecordedRequest request = _server.Single;
        Assert.Equal("POST", request.Method);
        Assert.Equal("/dev/v2/project/app/rtm/users/user%201/peer_messages?wait_for_ack=true", request.RawTarget);
        Assert.Equal("agora token=" + token, request.Header("Authorization"));
        Assert.Equal("message_sent", result.Code);
    }

    [Fact]
    public async Task Legacy_AccessToken_sends_token_and_uid_headers_and_no_authorization()
    {
        string token = Secrets.RandomToken();
        var api = new LegacySignalingApiClient(_server.CreateHttpClient(), AgoraCredentials.Token(token, "42"));
        _server.Respond(PlannedResponse.Json("""{"result":"success","request_id":"r","events":[]}"""));

        await api.GetUserEventsAsync("app");

        RecordedRequest request = _server.Single;
        Assert.Equal(token, request.Header("x-agora-token"));
        Assert.Equal("42", request.Header("x-agora-uid"));
        Assert.False(request.HasHeader("Authorization"));
    }

    [Fact]
    public async Task Legacy_AccessToken_takes_the_uid_from_each_provider_token()
    {
        var provider = new CountingTokenProvider(uid: "user-7");
        var api = new LegacySignalingApiClient(_server.CreateHttpClient(), AgoraCredentials.Token(provider));
        _server.Respond(PlannedResponse.Json("""{"result":"success","request_id":"r","events":[]}"""));

        await api.GetUserEventsAsync("app");

        RecordedRequest request = _server.Single;
        Assert.Equal(provider.Issued[0], request.Header("x-agora-token"));
        Assert.Equal("user-7", request.Header("x-agora-uid"));
        Assert.False(request.HasHeader("Authorization"));
    }

    [Fact]
    public async Task A_provider_that_returns_null_fails_clearly_before_sending()
    {
        var api = new SignalingApiClient(_server.CreateHttpClient(), AgoraCredentials.Token(new NullTokenProvider()));

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => api.GetUserEventsAsync("app"));

        Assert.Contains("NullTokenProvider returned null", error.Message, StringComparison.Ordinal);
        Assert.Empty(_server.Requests);
    }

    [Fact]
    public async Task Legacy_AccessToken_refuses_a_provider_token_without_uid_before_sending()
    {
        var api = new LegacySignalingApiClient(_server.CreateHttpClient(), AgoraCredentials.Token(new CountingTokenProvider()));

        var error = await Assert.ThrowsAsync<InvalidOperationException>(async () => await api.GetUserEventsAsync("app"));

        Assert.Contains("x-agora-uid", error.Message, StringComparison.Ordinal);
        Assert.Empty(_server.Requests);
    }

    [Fact]
    public void Constructor_fails_fast_when_credentials_cannot_serve_a_scheme_the_interface_uses()
    {
        using var http = _server.CreateHttpClient();

        var basicForToken = Assert.Throws<ArgumentException>(() => new SignalingApiClient(http, AgoraCredentials.Basic(Secrets.RandomHex(), Secrets.RandomHex())));
        var tokenForBasic = Assert.Throws<ArgumentException>(() => new ChannelApiClient(http, AgoraCredentials.Token(Secrets.RandomToken())));
        var mixed = Assert.Throws<ArgumentException>(() => new MixedSchemeApiClient(http, AgoraCredentials.Basic(Secrets.RandomHex(), Secrets.RandomHex())));
        var noUid = Assert.Throws<ArgumentException>(() => new LegacySignalingApiClient(http, AgoraCredentials.Token(Secrets.RandomToken())));

        Assert.Contains("SignalingApiClient", basicForToken.Message, StringComparison.Ordinal);
        Assert.Contains("AgoraCredentials.Basic", tokenForBasic.Message, StringComparison.Ordinal);
        Assert.Contains("AccessToken2", mixed.Message, StringComparison.Ordinal);
        Assert.Contains("uid", noUid.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NoAuth_on_a_method_sends_no_credentials_while_its_siblings_do()
    {
        string id = Secrets.RandomHex();
        string secret = Secrets.RandomHex();
        _server.Respond(new PlannedResponse(200, "ok", "text/plain"));
        var api = new PublicEndpointApiClient(_server.CreateHttpClient(), AgoraCredentials.Basic(id, secret));

        await api.HealthAsync();
        await api.AuthenticatedAsync();

        Assert.False(_server.Requests[0].HasHeader("Authorization"));
        Assert.Equal(Secrets.ExpectedBasic(id, secret), _server.Requests[1].Header("Authorization"));
    }

    private sealed class NullTokenProvider : IAgoraTokenProvider
    {
        public ValueTask<AgoraToken> GetTokenAsync(CancellationToken cancellationToken) => new((AgoraToken)null!);
    }

    private sealed class CountingTokenProvider : IAgoraTokenProvider
    {
        private readonly string? _uid;
        private int _calls;

        public CountingTokenProvider(string? uid = null)
        {
            _uid = uid;
        }

        public int Calls => _calls;

        public ConcurrentQueue<CancellationToken> TokensSeenQueue { get; } = new();

        public CancellationToken[] TokensSeen => TokensSeenQueue.ToArray();

        public string[] Issued => IssuedQueue.ToArray();

        private ConcurrentQueue<string> IssuedQueue { get; } = new();

        public async ValueTask<AgoraToken> GetTokenAsync(CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _calls);
            TokensSeenQueue.Enqueue(cancellationToken);
            await Task.Yield(); // Providers are asynchronous; exercise the path that really awaits.
            string token = Secrets.RandomToken();
            IssuedQueue.Enqueue(token);
            return new AgoraToken(token, _uid);
        }
    }
}
