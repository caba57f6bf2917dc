using System.Net;
using System.Net.Http.Json;
using Agora.Rest.Testing;

namespace AgoraServer.Tests;

/// <summary>The server calls Agora (here the emulator) with the configured Customer ID and Secret.</summary>
public sealed class ChannelTests
{
    [Fact]
    public async Task Signed_in_callers_see_the_channels_Agora_reports()
    {
        await using TestServer server = await TestServer.StartAsync();
        server.Emulator.AddUser(server.AgoraApp.AppId, "lobby", 42);
        server.Emulator.AddUser(server.AgoraApp.AppId, "lobby", 43);
        using HttpClient alice = await server.SignedInAsync("alice");

        OnlineChannels? channels = await alice.GetFromJsonAsync<OnlineChannels>("/api/channels");

        Assert.Equal(new OnlineChannel("lobby", 2), Assert.Single(channels!.Channels));
        ReceivedRequest call = Assert.Single(server.Emulator.ReceivedRequests);
        Assert.Equal(("Basic", true), (call.Authentication, call.Authenticated));
    }

    [Fact]
    public async Task Callers_who_are_not_signed_in_get_401_and_Agora_is_not_called()
    {
        await using TestServer server = await TestServer.StartAsync();
        using HttpClient anonymous = server.Anonymous();

        using HttpResponseMessage response = await anonymous.GetAsync("/api/channels");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(server.Emulator.ReceivedRequests);
    }

    [Fact]
    public async Task A_wrong_Customer_Secret_is_a_502_that_shows_no_credential()
    {
        string wrongSecret = TestServer.RandomHex();
        await using TestServer server = await TestServer.StartAsync(settings => settings["Agora:CustomerSecret"] = wrongSecret);
        using HttpClient alice = await server.SignedInAsync("alice");

        using HttpResponseMessage response = await alice.GetAsync("/api/channels");
        string body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadGateway, response.StatusCode);
        Assert.DoesNotContain(wrongSecret, body, StringComparison.Ordinal);
        Assert.Equal((401, false), (Assert.Single(server.Emulator.ReceivedRequests).Status, server.Emulator.ReceivedRequests[0].Authenticated));
    }
}
