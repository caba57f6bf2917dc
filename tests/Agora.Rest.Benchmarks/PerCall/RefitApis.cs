namespace Agora.Rest.Benchmarks.PerCall.RefitClients;

// Inside the namespace, so that [Get], [Post] and [Body] mean Refit's attributes and not the Agora.Rest ones,
// which an enclosing namespace (Agora.Rest) would otherwise supply first.
using System.Threading;
using System.Threading.Tasks;
using Refit;

// The same endpoints as Refit declares them; Refit's source generator implements them.

public interface IRefitProjectApi
{
    [Get("/dev/v1/projects")]
    Task<ProjectList> ListProjectsAsync(CancellationToken cancellationToken = default);

    [Post("/dev/v1/kicking-rule")]
    Task<KickingRuleResult> CreateKickingRuleAsync([Body] KickingRuleRequest rule, CancellationToken cancellationToken = default);
}

[Headers("Authorization: agora")]
public interface IRefitSignalingApi
{
    [Get("/v2/project/{appId}/rtm/vendor/user_events")]
    Task<UserEvents> UserEventsAsync(string appId, CancellationToken cancellationToken = default);
}
