using System.Text.Json.Serialization;
using System.Threading;
using System.Threading.Tasks;
using Agora.Rest;

namespace Agora.Samples.Server.Tests;

// What a client app does with a Signaling token the sample server issued: send as itself.
[AgoraApi, AccessToken2Auth]
public partial interface ICallerSignalingApi
{
    [Post("/dev/v2/project/{appId}/rtm/users/{userId}/peer_messages")]
    Task<MessageResult> SendPeerMessageAsync(string appId, string userId, [Body] PeerMessage message, CancellationToken cancellationToken = default);
}

public sealed record PeerMessage(string Destination, string Payload);

public sealed record MessageResult(string Result, string Code);
