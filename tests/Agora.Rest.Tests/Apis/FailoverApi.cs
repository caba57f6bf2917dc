using System.IO;
using System.Threading;
using System.Threading.Tasks;
using Agora.Rest;

namespace Agora.Rest.Tests.Apis;

/// <summary>Calls on Agora's default host, one per rule of what failover may repeat.</summary>
[AgoraApi]
[BasicAuth]
public partial interface IFailoverApi
{
    [Get("/dev/v1/projects")]
    Task<string> GetAsync(CancellationToken cancellationToken = default);

    [Get("/dev/v1/projects")]
    Task<AgoraResponse<string>> GetEnvelopeAsync();

    [Put("/dev/v1/kicking-rule")]
    Task<string> PutAsync([Body] Payload body);

    [Post("/dev/v1/kicking-rule")]
    Task<string> PostAsync([Body] Payload body);

    [Post("/dev/v1/kicking-rule")]
    [Idempotent]
    Task<string> IdempotentPostAsync([Body] Payload body);

    [Post("/dev/v1/upload")]
    Task<string> UploadAsync([Body] Stream body);
}
