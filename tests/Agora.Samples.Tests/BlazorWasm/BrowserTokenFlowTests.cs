using System;
using System.Net;
using System.Net.Http;
using System.Threading.Tasks;
using Agora.Rest;
using Agora.Samples.Server.Tests;

namespace Agora.Samples.BlazorWasm.Tests;

/// <summary>
/// The Blazor sample's <see cref="SignalingSession"/>, as the browser runs it: a token from the server sample for
/// the signed-in user, then Signaling with that token against the emulator.
/// </summary>
public sealed class BrowserTokenFlowTests
{
    [Fact]
    public async Task The_browser_sends_as_the_signed_in_user_with_a_token_from_its_server()
    {
        await using SampleServer server = await SampleServer.StartAsync();
        using HttpClient alice = server.Caller("alice");
        var session = new SignalingSession(alice, new AgoraClientOptions
        {
            JsonSerializerOptions = SampleJsonContext.Default.Options,
            BaseAddress = server.Emulator.BaseAddress,
        });

        string code = await session.SendAsync("bob", "hello from the browser");

        Assert.Equal("message_sent", code);
        Assert.Equal(("alice", "bob"), (Assert.Single(server.Emulator.SignalingMessages).FromUserId, server.Emulator.SignalingMessages[0].ToUserId));
    }

    [Fact]
    public async Task A_browser_whose_user_is_not_signed_in_gets_no_token_and_sends_nothing()
    {
        await using SampleServer server = await SampleServer.StartAsync();
        using HttpClient anonymous = server.Caller();
        var session = new SignalingSession(anonymous, new AgoraClientOptions
        {
            JsonSerializerOptions = SampleJsonContext.Default.Options,
            BaseAddress = server.Emulator.BaseAddress,
        });

        HttpRequestException error = await Assert.ThrowsAsync<HttpRequestException>(() => session.SendAsync("bob", "hi"));

        Assert.Equal(HttpStatusCode.Unauthorized, error.StatusCode);
        Assert.Empty(server.Emulator.SignalingMessages);
    }
}
