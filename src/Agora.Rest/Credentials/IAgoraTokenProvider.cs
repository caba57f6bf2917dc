using System.Threading;
using System.Threading.Tasks;

namespace Agora.Rest;

/// <summary>
/// Supplies the token for the AccessToken2 and legacy AccessToken schemes. Generated clients call it for
/// every request, with that call's cancellation token, so an implementation can renew tokens before they expire.
/// </summary>
public interface IAgoraTokenProvider
{
    /// <summary>Returns the token to send with the next request.</summary>
    ValueTask<AgoraToken> GetTokenAsync(CancellationToken cancellationToken);
}
