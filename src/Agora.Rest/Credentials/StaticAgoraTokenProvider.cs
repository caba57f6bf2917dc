using System.Threading;
using System.Threading.Tasks;

namespace Agora.Rest;

/// <summary>A provider that always returns the same token, without allocating.</summary>
internal sealed class StaticAgoraTokenProvider : IAgoraTokenProvider
{
    private readonly AgoraToken _token;

    public StaticAgoraTokenProvider(AgoraToken token)
    {
        _token = token;
    }

    public ValueTask<AgoraToken> GetTokenAsync(CancellationToken cancellationToken) => new(_token);

    public override string ToString() => "StaticAgoraTokenProvider";
}
