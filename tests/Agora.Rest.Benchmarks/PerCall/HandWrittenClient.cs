using System;
using System.Net.Http;
using System.Net.Http.Json;
using System.Threading;
using System.Threading.Tasks;

namespace Agora.Rest.Benchmarks.PerCall;

/// <summary>
/// What a careful developer writes by hand: the Basic header computed once, the token header rebuilt only
/// when the token changes, the source-generated JSON context, ReadFromJsonAsync.
/// </summary>
internal sealed class HandWrittenClient
{
    private readonly HttpClient _http;
    private readonly IAgoraTokenProvider? _tokens;
    private AgoraToken? _lastToken;
    private string? _lastTokenHeader;

    public HandWrittenClient(HttpClient http, string? basicHeader, IAgoraTokenProvider? tokens)
    {
        _http = http;
        _tokens = tokens;
        if (basicHeader is not null)
        {
            _http.DefaultRequestHeaders.TryAddWithoutValidation("Authorization", basicHeader);
        }
    }

    public async Task<ProjectList> ListProjectsAsync(CancellationToken cancellationToken = default)
    {
        using HttpResponseMessage response = await _http.GetAsync("/dev/v1/projects", cancellationToken).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync(BenchmarkJsonContext.Default.ProjectList, cancellationToken).ConfigureAwait(false))!;
    }

    public async Task<KickingRuleResult> CreateKickingRuleAsync(KickingRuleRequest rule, CancellationToken cancellationToken = default)
    {
        using HttpResponseMessage response = await _http.PostAsJsonAsync("/dev/v1/kicking-rule", rule, BenchmarkJsonContext.Default.KickingRuleRequest, cancellationToken).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync(BenchmarkJsonContext.Default.KickingRuleResult, cancellationToken).ConfigureAwait(false))!;
    }

    public async Task<UserEvents> UserEventsAsync(string appId, CancellationToken cancellationToken = default)
    {
        AgoraToken token = await _tokens!.GetTokenAsync(cancellationToken).ConfigureAwait(false);
        if (!ReferenceEquals(token, _lastToken))
        {
            _lastTokenHeader = "agora token=" + token.Value;
            _lastToken = token;
        }

        using var request = new HttpRequestMessage(HttpMethod.Get, "/v2/project/" + Uri.EscapeDataString(appId) + "/rtm/vendor/user_events");
        request.Headers.TryAddWithoutValidation("Authorization", _lastTokenHeader);
        using HttpResponseMessage response = await _http.SendAsync(request, cancellationToken).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync(BenchmarkJsonContext.Default.UserEvents, cancellationToken).ConfigureAwait(false))!;
    }
}
