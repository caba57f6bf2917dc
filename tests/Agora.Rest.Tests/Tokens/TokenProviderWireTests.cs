using System;
using System.Linq;
using System.Threading.Tasks;
using Agora.Rest.Tests.Apis;
using Agora.Rest.Tests.Wire;
using Agora.Rest.Tokens;
using static Agora.Rest.Tests.Tokens.OfficialVectors;

namespace Agora.Rest.Tests.Tokens;

/// <summary>Provider-built tokens on the wire, through generated clients, for both token schemes.</summary>
public sealed class TokenProviderWireTests : IAsyncLifetime
{
    private RecordingServer _server = null!;

    public async Task InitializeAsync()
    {
        _server = await RecordingServer.StartAsync();
        _server.Respond(PlannedResponse.Json("""{"result":"success","request_id":"r","events":[]}"""));
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task AccessToken2_requests_carry_a_token_signed_for_the_user()
    {
        var api = new SignalingApiClient(_server.CreateHttpClient(), AgoraCredentials.Token(new SignalingTokenProvider(AppId, AppCertificate, UserId)));

        await api.GetUserEventsAsync(AppId);

        string header = _server.Single.Header("Authorization")!;
        Assert.StartsWith("agora token=007", header, StringComparison.Ordinal);
        AccessToken2 token = AccessToken2.Parse(header.Substring("agora token=".Length));
        Assert.True(token.VerifySignature(AppCertificate));
        Assert.Equal(UserId, ((RtmService)token.Services[0]).UserId);
    }

    [Fact]
    public async Task A_provider_that_wraps_its_token_anew_each_call_sends_whichever_token_is_current()
    {
        // The header text is reused while the token's text is unchanged, whatever object carries it; a renewed token
        // must still be sent at once.
        var provider = new RewrappingProvider(RtmTokenBuilder2.BuildToken(AppId, AppCertificate, UserId, 600));
        var api = new SignalingApiClient(_server.CreateHttpClient(), AgoraCredentials.Token(provider));
        string first = provider.Current;

        await api.GetUserEventsAsync(AppId);
        await api.GetUserEventsAsync(AppId);
        provider.Current = RtmTokenBuilder2.BuildToken(AppId, AppCertificate, UserId + "-renewed", 600);
        await api.GetUserEventsAsync(AppId);

        Assert.Equal(
            new[] { first, first, provider.Current }.Select(token => "agora token=" + token),
            _server.Requests.Select(request => request.Header("Authorization")));
    }

    private sealed class RewrappingProvider : IAgoraTokenProvider
    {
        public RewrappingProvider(string token) => Current = token;

        public string Current { get; set; }

        public System.Threading.Tasks.ValueTask<AgoraToken> GetTokenAsync(System.Threading.CancellationToken cancellationToken) => new(new AgoraToken(Current));
    }

    [Fact]
    public async Task Legacy_requests_carry_the_token_and_the_user_id_as_uid()
    {
        var api = new LegacySignalingApiClient(_server.CreateHttpClient(), AgoraCredentials.Token(new SignalingTokenProvider(AppId, AppCertificate, UserId)));

        await api.GetUserEventsAsync(AppId);

        Assert.True(AccessToken2.Parse(_server.Single.Header("x-agora-token")!).VerifySignature(AppCertificate));
        Assert.Equal(UserId, _server.Single.Header("x-agora-uid"));
        Assert.False(_server.Single.HasHeader("Authorization"));
    }
}
