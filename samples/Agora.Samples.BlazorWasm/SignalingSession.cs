using System;
using System.Net.Http;
using System.Net.Http.Json;
using System.Threading;
using System.Threading.Tasks;
using Agora.Rest;

namespace Agora.Samples.BlazorWasm;

/// <summary>
/// Asks the app's server for a Signaling token for the signed-in user, then talks to Agora with it. The token
/// expires (an hour by default); ask again rather than storing it.
/// </summary>
/// <param name="server">Reaches the app's own server, which signs the user in.</param>
/// <param name="agoraOptions">JSON settings, and a base address when Agora is not at its usual one (an emulator).</param>
public sealed class SignalingSession(HttpClient server, AgoraClientOptions agoraOptions)
{
    public async Task<string> SendAsync(string destination, string text, CancellationToken cancellationToken = default)
    {
        using HttpResponseMessage response = await server.PostAsync("api/tokens/signaling", content: null, cancellationToken);
        response.EnsureSuccessStatusCode();
        IssuedToken token = await response.Content.ReadFromJsonAsync(SampleJsonContext.Default.IssuedToken, cancellationToken)
            ?? throw new InvalidOperationException("The server answered without a token.");

        using var agora = new HttpClient();
        ISignalingApi signaling = new SignalingApiClient(agora, AgoraCredentials.Token(token.Token), agoraOptions);
        MessageResult result = await signaling.SendPeerMessageAsync(token.AppId, token.Account, new PeerMessage(destination, text), cancellationToken);
        return result.Code;
    }
}
