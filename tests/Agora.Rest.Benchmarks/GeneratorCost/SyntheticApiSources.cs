using System.Globalization;

namespace Agora.Rest.Benchmarks.GeneratorCost;

/// <summary>Which library's attributes the synthetic interfaces are written with.</summary>
internal enum ApiFlavor
{
    Agora,
    Refit,
}

/// <summary>
/// The source text of the synthetic projects: one file per API interface with ten methods of the shapes Agora's
/// REST APIs have (routes with parameters, named query parameters, a JSON body, a cancellation token, Basic and
/// AccessToken2 authentication), written once with Agora.Rest's attributes and once with Refit's, so that both
/// generators see the same endpoints. Models and a plain class shared by both flavors live in files of their own.
/// </summary>
internal static class SyntheticApiSources
{
    /// <summary>The method that the in-interface edit renames; the last one, so the edit changes one member only.</summary>
    public const string EditedMethodName = "QueryRecordingAsync";

    public const string RenamedMethodName = "QueryRecordingStatusAsync";

    /// <summary>Zero-padded, so that the files sort in order and no interface name is the prefix of another.</summary>
    public static string InterfaceName(int index) => "IChannelApi" + index.ToString("D4", CultureInfo.InvariantCulture);

    public static string Interface(ApiFlavor flavor, int index, string lastMethodName = EditedMethodName)
    {
        // Refit's [Get], [Post] and [Body] share their names with Agora.Rest's, so each file imports exactly one
        // of the two libraries; the namespace is outside Agora.Rest, which would otherwise supply its own first.
        string library = flavor == ApiFlavor.Agora ? "Agora.Rest" : "Refit";
        string interfaceAttributes = flavor == ApiFlavor.Agora ? "[AgoraApi, BasicAuth]" : "[Headers(\"Authorization: Basic\")]";
        string partial = flavor == ApiFlavor.Agora ? "partial " : "";
        return $$"""
            namespace Synthetic.Apis;

            using System.Threading;
            using System.Threading.Tasks;
            using {{library}};
            using Synthetic.Models;

            {{interfaceAttributes}}
            public {{partial}}interface {{InterfaceName(index)}}
            {
            {{Methods(flavor, lastMethodName)}}
            }
            """;
    }

    private static string Methods(ApiFlavor flavor, string lastMethodName)
    {
        string signaling = SignalingAuth(flavor);
        return $$"""
                [Get("/dev/v1/channel/{appId}")]
                Task<ChannelList> ListChannelsAsync(string appId, {{Query(flavor, "page_no")}} int pageNo = 0, {{Query(flavor, "page_size")}} int pageSize = 100, CancellationToken cancellationToken = default);

                [Get("/dev/v1/channel/user/{appId}/{channelName}")]
                Task<ChannelUsers> ListChannelUsersAsync(string appId, string channelName, CancellationToken cancellationToken = default);

                [Post("/dev/v1/kicking-rule")]
                Task<KickingRuleResult> CreateKickingRuleAsync([Body] KickingRuleRequest rule, CancellationToken cancellationToken = default);

                [Get("/dev/v1/kicking-rule")]
                Task<KickingRuleList> ListKickingRulesAsync({{Query(flavor, "appid")}} string appId, CancellationToken cancellationToken = default);

                [Put("/dev/v1/kicking-rule")]
                Task<KickingRuleResult> UpdateKickingRuleAsync([Body] KickingRuleUpdate rule, CancellationToken cancellationToken = default);

                [Delete("/dev/v1/kicking-rule")]
                Task DeleteKickingRuleAsync({{Query(flavor, "appid")}} string appId, {{Query(flavor, "id")}} long id, CancellationToken cancellationToken = default);

                [Get("/v2/project/{appId}/rtm/vendor/user_events")]
                {{signaling}}
                Task<UserEvents> UserEventsAsync(string appId, CancellationToken cancellationToken = default);

                [Post("/v2/project/{appId}/rtm/users/{userId}/peer_messages")]
                {{signaling}}
                Task<PeerMessageResult> SendPeerMessageAsync(string appId, string userId, {{Query(flavor, "wait_for_ack")}} bool waitForAck, [Body] PeerMessage message, CancellationToken cancellationToken = default);

                [Get("/dev/v1/projects")]
                Task<ProjectList> ListProjectsAsync(CancellationToken cancellationToken = default);

                [Get("/v1/apps/{appId}/cloud_recording/resourceid/{resourceId}/sid/{sid}/mode/{mode}/query")]
                Task<RecordingStatus> {{lastMethodName}}(string appId, string resourceId, string sid, string mode, CancellationToken cancellationToken = default);
            """;
    }

    // Refit names a query parameter with [AliasAs]; its [Query] alone would keep the C# name.
    private static string Query(ApiFlavor flavor, string name) =>
        flavor == ApiFlavor.Agora ? $"[Query(\"{name}\")]" : $"[Query, AliasAs(\"{name}\")]";

    // The signaling (RTM) endpoints take an AccessToken2 header instead of the interface's Basic one; Refit has no
    // scheme attribute, so the equivalent is a static header on the method.
    private static string SignalingAuth(ApiFlavor flavor) =>
        flavor == ApiFlavor.Agora ? "[AccessToken2Auth]" : "[Headers(\"Authorization: agora token\")]";

    /// <summary>The request and response types, plain records that neither library's attributes touch.</summary>
    public const string Models = """
        namespace Synthetic.Models;

        using System.Collections.Generic;

        public sealed record ChannelList(bool Success, IReadOnlyList<string> Channels, int Total);
        public sealed record ChannelUsers(bool Success, IReadOnlyList<long> Users, int Total);
        public sealed record KickingRuleRequest(string AppId, string Cname, long Uid, int Time, IReadOnlyList<string> Privileges);
        public sealed record KickingRuleUpdate(string AppId, long Id, int Time);
        public sealed record KickingRuleResult(string Status, long Id);
        public sealed record KickingRuleList(string Status, IReadOnlyList<KickingRuleResult> Rules);
        public sealed record UserEvent(string UserId, int Type, long Ts);
        public sealed record UserEvents(string Result, IReadOnlyList<UserEvent> Events);
        public sealed record PeerMessage(string Destination, bool EnableOfflineMessaging, bool EnableHistoricalMessaging, string Payload);
        public sealed record PeerMessageResult(string Result, string Code, string RequestId);
        public sealed record Project(string Id, string Name, string VendorKey, int Status, long Created);
        public sealed record ProjectList(IReadOnlyList<Project> Projects);
        public sealed record RecordingStatus(string ResourceId, string Sid, int Status);
        """;

    /// <summary>
    /// A file with no API in it, whose edit no generator should care about: the edit changes a method body, as
    /// typing in any ordinary class of a project does; with <paramref name="newMember"/> the class also gains a
    /// method, a declaration no API uses either, but one that a generator cannot rule out without binding again.
    /// </summary>
    public static string UnrelatedClass(bool edited, bool newMember = false) => $$"""
        namespace Synthetic.Support;

        public static class BuildBanner
        {
            public static string For(int build) => "{{(edited ? "Synthetic build, edited: " : "Synthetic build ")}}" + build;
        {{(newMember ? "    public static string Short(int build) => \"#\" + build;" : "")}}
        }
        """;
}
