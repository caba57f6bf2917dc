using System;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Threading.Tasks;
using Agora.Rest.Tokens;
using Xunit;

namespace Agora.Rest.Testing.Tests;

/// <summary>AccessToken2 as Signaling checks it: signature, app, expiry, and which APIs take a token at all.</summary>
public sealed class SignalingTokenTests : EmulatorTest
{
    public SignalingTokenTests()
        : base(clockStart: null, "Alpha", "Beta")
    {
    }

    private EmulatedApp Alpha => Account.Apps[0];

    private EmulatedApp Beta => Account.Apps[1];

    private SignalingApiClient ClientWith(string token) => new(Http, AgoraCredentials.Token(token));

    [Fact]
    public async Task A_valid_token_reads_the_user_events_and_each_event_is_returned_once()
    {
        DateTimeOffset at = Time.GetUtcNow();
        Emulator.AddUserEvent(Alpha.AppId, "alice", loggedIn: true, at);
        Emulator.AddUserEvent(Alpha.AppId, "alice", loggedIn: false, at.AddSeconds(5));
        SignalingApiClient api = ClientWith(RtmTokenBuilder2.BuildToken(Alpha.AppId, Alpha.Certificate, "bot", 600));

        UserEvents first = await api.UserEventsAsync(Alpha.AppId);
        UserEvents second = await api.UserEventsAsync(Alpha.AppId);

        Assert.Equal("success", first.Result);
        Assert.Equal(
            new[] { new UserEvent("alice", "Login", at.ToUnixTimeMilliseconds()), new UserEvent("alice", "Logout", at.AddSeconds(5).ToUnixTimeMilliseconds()) },
            first.Events);
        Assert.Empty(second.Events);
        Assert.All(Emulator.ReceivedRequests, r => Assert.Equal(("agora token", true), (r.Authentication, r.Authenticated)));
    }

    [Fact]
    public async Task A_token_signed_with_another_certificate_is_refused()
    {
        SignalingApiClient api = ClientWith(RtmTokenBuilder2.BuildToken(Alpha.AppId, EmulatorAccount.RandomHex(), "bot", 600));

        await AssertRefusedAsync(() => api.UserEventsAsync(Alpha.AppId));
    }

    [Fact]
    public async Task A_token_of_another_app_is_refused()
    {
        SignalingApiClient api = ClientWith(RtmTokenBuilder2.BuildToken(Beta.AppId, Beta.Certificate, "bot", 600));

        await AssertRefusedAsync(() => api.UserEventsAsync(Alpha.AppId));
    }

    [Fact]
    public async Task A_token_is_refused_once_it_expires()
    {
        SignalingApiClient api = ClientWith(RtmTokenBuilder2.BuildToken(Alpha.AppId, Alpha.Certificate, "bot", 600));
        Assert.Equal("success", (await api.UserEventsAsync(Alpha.AppId)).Result);

        Time.Advance(TimeSpan.FromSeconds(601));

        await AssertRefusedAsync(() => api.UserEventsAsync(Alpha.AppId));
    }

    [Fact]
    public async Task The_customer_credentials_work_on_Signaling_too_but_a_token_does_not_work_on_Basic_only_APIs()
    {
        var basic = new SignalingBasicApiClient(Http, Credentials);
        Assert.Equal("success", (await basic.UserEventsAsync(Alpha.AppId)).Result);

        // The client library refuses token credentials for a Basic API, so the request is made by hand.
        using var request = new HttpRequestMessage(HttpMethod.Get, "dev/v1/projects");
        request.Headers.TryAddWithoutValidation("Authorization", "agora token=" + RtmTokenBuilder2.BuildToken(Alpha.AppId, Alpha.Certificate, "bot", 600));
        using HttpResponseMessage response = await Http.SendAsync(request);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(("agora token", false), (Emulator.ReceivedRequests[^1].Authentication, Emulator.ReceivedRequests[^1].Authenticated));
    }

    private static async Task AssertRefusedAsync(Func<Task> call)
    {
        AgoraApiException error = await Assert.ThrowsAsync<AgoraApiException>(call);
        Assert.Equal(HttpStatusCode.Unauthorized, error.StatusCode);
        Assert.Equal("Invalid authentication credentials", error.ErrorMessage);
    }

    [Fact]
    public async Task A_legacy_token_is_accepted_for_the_uid_it_was_signed_for_until_its_login_privilege_lapses()
    {
        uint loginUntil = (uint)Time.GetUtcNow().AddMinutes(10).ToUnixTimeSeconds();
        string token = AccessToken.Build(Alpha.AppId, Alpha.Certificate, string.Empty, "bot", new[] { new TokenPrivilege((ushort)AccessTokenPrivilege.RtmLogin, loginUntil) });
        var api = new SignalingLegacyApiClient(Http, AgoraCredentials.Token(token, "bot"));

        Assert.Equal("success", (await api.UserEventsAsync(Alpha.AppId)).Result);
        Assert.Equal(("x-agora-token", true), (Emulator.ReceivedRequests[^1].Authentication, Emulator.ReceivedRequests[^1].Authenticated));

        var otherUser = new SignalingLegacyApiClient(Http, AgoraCredentials.Token(token, "mallory"));
        await AssertRefusedAsync(() => otherUser.UserEventsAsync(Alpha.AppId));

        Time.Advance(TimeSpan.FromMinutes(11));
        await AssertRefusedAsync(() => api.UserEventsAsync(Alpha.AppId));
    }
}
