using System.Collections.Generic;
using System.Text.Json.Serialization;
using System.Threading;
using System.Threading.Tasks;

namespace Agora.Rest.Testing.Tests;

// Channel management as a user declares it; the generator implements it.

[AgoraApi, BasicAuth]
public partial interface IChannelApi
{
    [Get("/dev/v1/channel/{appId}")]
    Task<ChannelListAnswer> ListAsync(string appId, [Query("page_no")] int page = 0, [Query("page_size")] int pageSize = 100, CancellationToken cancellationToken = default);

    [Get("/dev/v1/channel/user/{appId}/{channelName}")]
    Task<UserListAnswer> UsersAsync(string appId, string channelName, CancellationToken cancellationToken = default);

    [Get("/dev/v1/channel/user/{appId}/{channelName}")]
    Task<LiveUserListAnswer> LiveUsersAsync(string appId, string channelName, [Query("hosts_only")] string? hostsOnly = null, CancellationToken cancellationToken = default);

    [Get("/dev/v1/channel/user/{appId}/{channelName}/hosts_only")]
    Task<LiveUserListAnswer> HostsAsync(string appId, string channelName, CancellationToken cancellationToken = default);

    [Get("/dev/v1/channel/user/property/{appId}/{uid}/{channelName}")]
    Task<UserPropertyAnswer> UserPropertyAsync(string appId, long uid, string channelName, CancellationToken cancellationToken = default);
}

[AgoraApi, BasicAuth]
public partial interface IKickingRuleApi
{
    [Post("/dev/v1/kicking-rule")]
    Task<RuleCreated> CreateAsync([Body] NewRule rule, CancellationToken cancellationToken = default);

    [Get("/dev/v1/kicking-rule")]
    Task<RuleList> ListAsync([Query("appid")] string appId, CancellationToken cancellationToken = default);

    [Put("/dev/v1/kicking-rule")]
    Task<RuleUpdated> ExtendAsync([Body] RuleExtension extension, CancellationToken cancellationToken = default);

    [Delete("/dev/v1/kicking-rule")]
    Task<AgoraResponse<RuleCreated>> DeleteAsync([Body] RuleReference rule, CancellationToken cancellationToken = default);
}

public sealed record ChannelSummary([property: JsonPropertyName("channel_name")] string ChannelName, [property: JsonPropertyName("user_count")] int UserCount);

public sealed record ChannelPage(IReadOnlyList<ChannelSummary> Channels, [property: JsonPropertyName("total_size")] int TotalSize);

public sealed record ChannelListAnswer(bool Success, ChannelPage Data);

public sealed record UserList([property: JsonPropertyName("channel_exist")] bool ChannelExist, int Mode, int Total, IReadOnlyList<long>? Users);

public sealed record UserListAnswer(bool Success, UserList Data);

public sealed record LiveUserList(
    [property: JsonPropertyName("channel_exist")] bool ChannelExist,
    int Mode,
    IReadOnlyList<long>? Broadcasters,
    IReadOnlyList<long>? Audience,
    [property: JsonPropertyName("audience_total")] int? AudienceTotal);

public sealed record LiveUserListAnswer(bool Success, LiveUserList Data);

public sealed record UserProperty([property: JsonPropertyName("in_channel")] bool InChannel, long Uid, long Join, int Role, int Platform);

public sealed record UserPropertyAnswer(bool Success, UserProperty Data);

public sealed record NewRule([property: JsonPropertyName("appid")] string AppId, string? Cname, long? Uid, int Time, IReadOnlyList<string> Privileges);

public sealed record RuleCreated(string Status, long Id);

public sealed record ListedRule(long Id, [property: JsonPropertyName("appid")] string AppId, long? Uid, string? Cname, string Ts, IReadOnlyList<string> Privileges);

public sealed record RuleList(string Status, IReadOnlyList<ListedRule> Rules);

public sealed record RuleExtension([property: JsonPropertyName("appid")] string AppId, long Id, int Time);

public sealed record UpdatedRule(long Id, string Ts);

public sealed record RuleUpdated(string Status, UpdatedRule Result);

public sealed record RuleReference([property: JsonPropertyName("appid")] string AppId, long Id);
