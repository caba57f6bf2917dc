using System.Threading;
using System.Threading.Tasks;

namespace Agora.Rest.Benchmarks.PerCall;

/// <summary>
/// A provider that keeps the token as a string and wraps it anew on every call, as a provider over a string cache or a
/// configuration value does: the token is unchanged, the <see cref="AgoraToken"/> object is not.
/// </summary>
internal sealed class NewTokenObjectProvider : IAgoraTokenProvider
{
    private readonly string _token;

    public NewTokenObjectProvider(string token) => _token = token;

    public ValueTask<AgoraToken> GetTokenAsync(CancellationToken cancellationToken) => new(new AgoraToken(_token));
}
