using System.Threading.Tasks;
using Agora.Generators.Tests.Infrastructure;

namespace Agora.Generators.Tests;

/// <summary>The exact text generated for representative interfaces; each also compiles without diagnostics.</summary>
public sealed class SnapshotTests
{
    [Fact]
    public Task Basic_channel_api() => SnapshotVerifier.VerifyAsync("BasicChannelApi", """
        using System.Threading;
        using System.Threading.Tasks;
        using Agora.Rest;

        namespace Contoso.Agora;

        public sealed record ChannelList(bool Success);
        public sealed record KickingRule(string Appid, int Time);
        public sealed record KickingRuleCreated(string Status, long Id);

        [AgoraApi]
        [BasicAuth]
        public partial interface IChannelApi
        {
            [Get("/dev/v1/channel/{appId}")]
            Task<ChannelList> ListChannelsAsync(string appId, [Query("page_no")] int page = 0,
                [Query("page_size")] int pageSize = 100, CancellationToken cancellationToken = default);

            [Post("/dev/v1/kicking-rule")]
            Task<KickingRuleCreated> CreateKickingRuleAsync([Body] KickingRule rule, CancellationToken cancellationToken = default);
        }
        """);

    [Fact]
    public Task A_declared_json_context_serves_every_body_from_static_caches() => SnapshotVerifier.VerifyAsync("DeclaredJsonContext", """
        using System;
        using System.Text.Json;
        using System.Text.Json.Serialization;
        using System.Text.Json.Serialization.Metadata;
        using System.Threading;
        using System.Threading.Tasks;
        using Agora.Rest;

        namespace Contoso.Rules;

        public sealed record RuleDraft(string ChannelName);
        public sealed record RuleMade(long RuleId);

        // What the System.Text.Json generator completes a partial context with (the snapshot runs no other generator).
        public sealed class RulesJson : JsonSerializerContext
        {
            public RulesJson() : base(null) { }
            public static RulesJson Default { get; } = new();
            protected override JsonSerializerOptions? GeneratedSerializerOptions => null;
            public override JsonTypeInfo? GetTypeInfo(Type type) => null;
        }

        [AgoraApi(JsonContext = typeof(RulesJson)), BasicAuth]
        public partial interface IRulesApi
        {
            [Post("/dev/v1/kicking-rule")]
            Task<RuleMade> CreateAsync([Body] RuleDraft draft, CancellationToken cancellationToken = default);

            [Get("/dev/v1/kicking-rule/{id}")]
            Task<AgoraResponse<RuleMade>> GetAsync(long id, CancellationToken cancellationToken = default);
        }
        """);

    [Fact]
    public Task Token_schemes_and_every_binding() => SnapshotVerifier.VerifyAsync("TokenSchemes", """
        using System;
        using System.Collections.Generic;
        using System.IO;
        using System.Net.Http;
        using System.Text.Json.Serialization;
        using System.Threading;
        using System.Threading.Tasks;
        using Agora.Rest;

        namespace Contoso.Signaling
        {
            public enum EventKind { [JsonStringEnumMemberName("login")] Login, Logout, Alias = Logout }
            public sealed record UserEvents(string Result);
            public sealed record Message(string Payload);

            [AgoraApi("https://api.sd-rtn.com")]
            [AccessToken2Auth]
            [Header("x-sdk", "agora-generators")]
            internal partial interface ISignalingApi
            {
                [Get("/dev/v2/project/{appId}/rtm/vendor/user_events")]
                ValueTask<AgoraResponse<UserEvents>> GetUserEventsAsync(string appId, [Query("kind")] EventKind? kind,
                    [Query("user")] IEnumerable<string>? users = null, [Query] DateTimeOffset? since = null, CancellationToken cancellationToken = default);

                [Post("/dev/v2/project/{appId}/rtm/users/{userId}/peer_messages?wait_for_ack=true")]
                [AccessTokenAuth]
                [Header("x-sdk", "legacy")]
                Task<string?> SendAsync(string appId, [Path("userId")] long user, [Body] Message message, [Header("x-trace")] Guid? trace = null);

                [Get("/health")]
                [NoAuth]
                Task<HttpResponseMessage> HealthAsync();

                [Put("/files/{name}")]
                Task<Stream> UploadAsync(string name, [Body] Stream content, CancellationToken cancellationToken);

                [Delete("/files/{name}")]
                ValueTask DeleteAsync(string name);
            }
        }
        """);

    [Fact]
    public Task Nesting_inheritance_escaping_and_unsupported_members() => SnapshotVerifier.VerifyAsync("EdgeCases", """
        using System;
        using System.Threading.Tasks;
        using Agora.Rest;

        public static partial class Outer<T>
        {
            public interface IBaseApi
            {
                [Get("/base")]
                Task<string> GetAsync();
            }

            [AgoraApi]
            [BasicAuth]
            [Header("x-quote", "say \"hi\" \\ */ /* //")]
            internal partial interface IWeirdApi : IBaseApi
            {
                [Get("/a\"b/{class}/c\\d")]
                Task<byte[]> KeywordAsync(string @class, [Query("__agoraUri")] string? __agoraUri = "x\"y\n");

                [Get("/unbound")]
                Task<string> UnboundAsync(int nothing);

                Task<string> NoVerbAsync(ref int value);

                [Get("/generic")]
                Task<TResult> GenericAsync<TResult>();

                [Get("/header")]
                [Header("x-bad", "a\r\nb")]
                Task BadHeaderAsync();

                string Name { get; set; }

                event EventHandler Changed;

                [Get("/dup")]
                new Task<string> GetAsync();
            }
        }
        """);

    [Fact]
    public Task Services_registration_when_HttpClientFactory_is_referenced() => SnapshotVerifier.VerifyAsync("Services", """
        using System.Threading.Tasks;
        using Agora.Rest;

        namespace Contoso;

        [AgoraApi]
        [BasicAuth]
        public partial interface IProjectApi
        {
            [Get("/dev/v1/projects")]
            Task<string> ListAsync();
        }
        """, withHttpClientFactory: true);
}
