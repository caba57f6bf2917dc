using System;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace Agora.Rest.Benchmarks.PerCall;

/// <summary>Refit's hook for the <c>Authorization</c> parameter, making the text again only when the token's text changes, as the other variants do.</summary>
internal sealed class RefitTokenHeader
{
    private readonly IAgoraTokenProvider _tokens;
    private string? _last;
    private string? _header;

    public RefitTokenHeader(IAgoraTokenProvider tokens) => _tokens = tokens;

    public async ValueTask<string> GetAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        AgoraToken token = await _tokens.GetTokenAsync(cancellationToken).ConfigureAwait(false);
        if (!string.Equals(token.Value, _last, StringComparison.Ordinal))
        {
            _header = "token=" + token.Value;
            _last = token.Value;
        }

        return _header!;
    }
}
