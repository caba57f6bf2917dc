using System.Threading;
using System.Threading.Tasks;

namespace Agora.Rest.Benchmarks.PerCall;

/// <summary>A provider whose token is current: the cached case every renewing provider is in between renewals.</summary>
internal sealed class FixedTokenProvider : IAgoraTokenProvider
{
    private readonly AgoraToken _token;

    public FixedTokenProvider(string token) => _token = new AgoraToken(token);

    public ValueTask<AgoraToken> GetTokenAsync(CancellationToken cancellationToken) => new(_token);
}
