using System.Net;
using System.Net.Http.Json;
using Agora.Rest.Tokens;

namespace AgoraServer.Tests;

/// <summary>Tokens go to signed-in callers only, for themselves, signed with the app's certificate.</summary>
public sealed class TokenTests
{
    [Theory]
    [InlineData("/api/tokens/rtc")]
    [InlineData("/api/tokens/signaling")]
    public async Task Callers_who_are_not_signed_in_get_401_and_no_token(string path)
    {
        await using TestServer server = await TestServer.StartAsync();
        using HttpClient anonymous = server.Anonymous();

        using HttpResponseMessage response = await anonymous.PostAsJsonAsync(path, new { channel = "lobby" });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task An_RTC_token_is_for_the_signed_in_caller_and_verifies_with_the_certificate()
    {
        await using TestServer server = await TestServer.StartAsync();
        using HttpClient alice = await server.SignedInAsync("alice");

        using HttpResponseMessage response = await alice.PostAsJsonAsync("/api/tokens/rtc", new { channel = "lobby", role = "publisher", account = "bob" });
        IssuedToken? issued = await response.Content.ReadFromJsonAsync<IssuedToken>();

        AccessToken2 token = AccessToken2.Parse(issued!.Token);
        Assert.True(token.VerifySignature(server.AgoraApp.Certificate));
        Assert.False(token.VerifySignature(TestServer.RandomHex()));
        Assert.Equal(server.AgoraApp.AppId, token.AppId);
        RtcService rtc = Assert.IsType<RtcService>(Assert.Single(token.Services));
        Assert.Equal(("lobby", "alice"), (rtc.ChannelName, rtc.Uid));
        Assert.Equal(3600u, token.ExpireSeconds);
    }

    [Fact]
    public async Task A_Signaling_token_is_for_the_signed_in_caller_and_verifies_with_the_certificate()
    {
        await using TestServer server = await TestServer.StartAsync();
        using HttpClient alice = await server.SignedInAsync("alice");

        using HttpResponseMessage response = await alice.PostAsync("/api/tokens/signaling", content: null);
        IssuedToken? issued = await response.Content.ReadFromJsonAsync<IssuedToken>();

        AccessToken2 token = AccessToken2.Parse(issued!.Token);
        Assert.True(token.VerifySignature(server.AgoraApp.Certificate));
        RtmService rtm = Assert.IsType<RtmService>(Assert.Single(token.Services));
        Assert.Equal("alice", rtm.UserId);
        Assert.Equal(("alice", server.AgoraApp.AppId), (issued.Account, issued.AppId));
    }

    [Theory]
    [InlineData("bad/channel", null)]
    [InlineData("stage", "owner")]
    public async Task Bad_token_requests_get_a_validation_problem(string channel, string? role)
    {
        await using TestServer server = await TestServer.StartAsync();
        using HttpClient alice = await server.SignedInAsync("alice");

        using HttpResponseMessage response = await alice.PostAsJsonAsync("/api/tokens/rtc", new { channel, role });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
