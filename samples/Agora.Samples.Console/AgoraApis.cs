using System.Threading;
using System.Threading.Tasks;
using Agora.Rest;

namespace Agora.Samples.ConsoleApp;

/// <summary>Agora Console RESTful API: projects of the account.</summary>
[AgoraApi]
[BasicAuth]
public partial interface IProjectApi
{
    [Get("/dev/v1/projects")]
    Task<ProjectList> ListProjectsAsync(CancellationToken cancellationToken = default);
}

/// <summary>Channel management: who is online.</summary>
[AgoraApi]
[BasicAuth]
public partial interface IChannelApi
{
    [Get("/dev/v1/channel/{appId}")]
    Task<ChannelListResponse> ListChannelsAsync(string appId, [Query("page_no")] int page = 0,
        [Query("page_size")] int pageSize = 100, CancellationToken cancellationToken = default);
}

/// <summary>Channel management: banning users from channels.</summary>
[AgoraApi]
[BasicAuth]
public partial interface IKickingRuleApi
{
    [Post("/dev/v1/kicking-rule")]
    Task<KickingRuleCreated> CreateAsync([Body] NewKickingRule rule, CancellationToken cancellationToken = default);

    [Get("/dev/v1/kicking-rule")]
    Task<KickingRuleList> ListAsync([Query("appid")] string appId, CancellationToken cancellationToken = default);

    [Delete("/dev/v1/kicking-rule")]
    Task<AgoraResponse<KickingRuleDeleted>> DeleteAsync([Body] KickingRuleReference rule, CancellationToken cancellationToken = default);
}
