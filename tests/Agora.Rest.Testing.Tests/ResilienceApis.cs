using System.Threading;
using System.Threading.Tasks;

namespace Agora.Rest.Testing.Tests;

// A POST its author declares safe to repeat: the retry pipeline may send it again.
[AgoraApi, BasicAuth]
public partial interface IRepeatableKickingRuleApi
{
    [Post("/dev/v1/kicking-rule"), Idempotent]
    Task<RuleCreated> CreateAsync([Body] NewRule rule, CancellationToken cancellationToken = default);
}
