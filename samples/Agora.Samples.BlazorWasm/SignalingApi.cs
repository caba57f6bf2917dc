using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Threading;
using System.Threading.Tasks;
using Agora.Rest;

namespace Agora.Samples.BlazorWasm;

/// <summary>Signaling with the signed-in user's own token: the one kind of Agora credential a browser may hold.</summary>
[AgoraApi]
[AccessToken2Auth]
public partial interface ISignalingApi
{
    [Post("/dev/v2/project/{appId}/rtm/users/{userId}/peer_messages")]
    Task<MessageResult> SendPeerMessageAsync(string appId, string userId, [Body] PeerMessage message, CancellationToken cancellationToken = default);
}

public sealed record PeerMessage(string Destination, string Payload);

public sealed record MessageResult(string Result, string Code);

/// <summary>What the server's <c>POST /api/tokens/signaling</c> answers.</summary>
public sealed record IssuedToken(string Token, string AppId, string Account, DateTimeOffset ExpiresAt);

[JsonSerializable(typeof(PeerMessage))]
[JsonSerializable(typeof(MessageResult))]
[JsonSerializable(typeof(IssuedToken))]
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
internal sealed partial class SampleJsonContext : JsonSerializerContext;
