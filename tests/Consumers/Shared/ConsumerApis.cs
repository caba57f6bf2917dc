// Compiled by consumer projects on older app models (netstandard2.0/2.1, C# 9), where server-issued tokens
// are legitimately used. The build fails if the generated code needs anything newer.
using System;
using System.Collections.Generic;
using System.IO;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Agora.Rest;

namespace Agora.Consumer
{
    public enum Mode { Individual, Mix, Web }

    public sealed class Message
    {
        public string? Payload { get; set; }
    }

    public sealed class Events
    {
        public string? Result { get; set; }
    }

    [AgoraApi]
    [AccessToken2Auth]
    [Header("x-client", "unity \"quoted\" \\ */")]
    public partial interface ISignalingApi
    {
        [Get("/dev/v2/project/{appId}/rtm/vendor/user_events")]
        Task<Events> GetUserEventsAsync(string appId, CancellationToken cancellationToken = default);

        [Post("/dev/v2/project/{appId}/rtm/users/{userId}/peer_messages")]
        ValueTask<AgoraResponse<Events>> SendAsync(string appId, string userId, [Body] Message message,
            [Query("wait_for_ack")] bool? waitForAck = null, [Query("mode")] Mode mode = Mode.Mix,
            [Query("at")] DateTimeOffset? at = null, [Query("id")] IReadOnlyList<long>? ids = null,
            [Header("x-trace")] Guid? trace = null, CancellationToken cancellationToken = default);

        [Get("/legacy/{appId}")]
        [AccessTokenAuth]
        ValueTask<string?> LegacyAsync(string appId);

        [Get("/raw")]
        Task<HttpResponseMessage> RawAsync();

        [Get("/bytes")]
        Task<byte[]> BytesAsync();

        [Put("/stream")]
        Task<Stream> StreamAsync([Body] Stream body);

        [Delete("/none")]
        [NoAuth]
        ValueTask DeleteAsync([Body] string? text = null);

        Task<string> NotDeclaredAsync();
    }

    public static partial class Holder
    {
        [AgoraApi("https://api.sd-rtn.com")]
        [BasicAuth]
        internal partial interface INestedApi
        {
            [Get("/dev/v1/projects")]
            Task<string> ListAsync();
        }
    }
}
