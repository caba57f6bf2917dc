using System.Collections.Generic;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using System.Text.Json.Serialization;
using Agora.Rest;

namespace Agora.Rest.Tests.Apis;

public sealed record ChannelInfo(
    [property: JsonPropertyName("channel_name")] string ChannelName,
    [property: JsonPropertyName("user_count")] int UserCount);

public sealed record ChannelListData(
    IReadOnlyList<ChannelInfo> Channels,
    [property: JsonPropertyName("total_size")] int TotalSize);

public sealed record ChannelList(bool Success, ChannelListData Data);

public sealed record KickingRule(string Appid, string? Cname, int Time, IReadOnlyList<string> Privileges);

public sealed record KickingRuleCreated(string Status, long Id);

[AgoraApi]
[BasicAuth]
public partial interface IChannelApi
{
    [Get("/dev/v1/channel/{appId}")]
    Task<ChannelList> ListChannelsAsync(string appId, [Query("page_no")] int page = 0, [Query("page_size")] int pageSize = 100,
        CancellationToken cancellationToken = default);

    [Post("/dev/v1/kicking-rule")]
    Task<KickingRuleCreated> CreateKickingRuleAsync([Body] KickingRule rule, CancellationToken cancellationToken = default);

    [Delete("/dev/v1/kicking-rule")]
    Task DeleteKickingRuleAsync([Body] KickingRule rule, CancellationToken cancellationToken = default);

    [Get("/dev/v1/projects")]
    Task<AgoraResponse<ChannelList>> TryListProjectsAsync(CancellationToken cancellationToken = default);

    [Get("/dev/v1/raw")]
    Task<HttpResponseMessage> RawAsync(CancellationToken cancellationToken = default);

    [Get("/dev/v1/text")]
    ValueTask<string?> TextAsync(CancellationToken cancellationToken = default);
}
