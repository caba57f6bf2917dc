using System.Threading;
using System.Threading.Tasks;

namespace Agora.Rest.Tests.Apis;

/// <summary>An API Agora serves with HTTP Basic or a token: the client's credentials decide which is sent.</summary>
[AgoraApi]
[BasicAuth]
[AccessToken2Auth]
public partial interface IEitherSchemeApi
{
    [Get("/agents/{id}")]
    Task<string> GetAsync(string id, CancellationToken cancellationToken = default);

    [Get("/legacy/{id}")]
    [BasicAuth]
    [AccessTokenAuth]
    Task<string> LegacyAsync(string id, CancellationToken cancellationToken = default);
}
