using System.Threading;
using System.Threading.Tasks;

namespace Agora.Rest.Benchmarks.PerCall;

// The generated clients under test.

[AgoraApi, BasicAuth]
public partial interface IProjectApi
{
    [Get("/dev/v1/projects")]
    Task<ProjectList> ListProjectsAsync(CancellationToken cancellationToken = default);

    [Post("/dev/v1/kicking-rule")]
    Task<KickingRuleResult> CreateKickingRuleAsync([Body] KickingRuleRequest rule, CancellationToken cancellationToken = default);
}

[AgoraApi, AccessToken2Auth]
public partial interface ISignalingApi
{
    [Get("/v2/project/{appId}/rtm/vendor/user_events")]
    Task<UserEvents> UserEventsAsync(string appId, CancellationToken cancellationToken = default);
}
