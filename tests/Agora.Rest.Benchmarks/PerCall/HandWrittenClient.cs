using System;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Threading;
using System.Threading.Tasks;

namespace Agora.Rest.Benchmarks.PerCall;

/// <summary>
/// The best a careful developer writes by hand, the baseline of every per-call figure: the <c>Authorization</c> value
/// parsed once (the token's again only when the token's text changes), the URI of a constant route made once, one
/// <see cref="HttpRequestMessage"/> sent with <see cref="HttpCompletionOption.ResponseHeadersRead"/>, the body read with
/// <c>ReadFromJsonAsync</c> and the source-generated JSON context. A route with a value in it is built per call.
/// </summary>
internal sealed class HandWrittenClient
{
    private readonly HttpClient _http;
    private readonly string _baseAddress;
    private readonly Uri _projects;
    private readonly Uri _kickingRule;
    private readonly AuthenticationHeaderValue? _basic;
    private readonly IAgoraTokenProvider? _tokens;
    private string? _lastToken;
    private AuthenticationHeaderValue? _lastTokenHeader;

    public HandWrittenClient(HttpClient http, string baseAddress, AuthenticationHeaderValue? basic, IAgoraTokenProvider? tokens)
    {
        _http = http;
        _baseAddress = baseAddress.TrimEnd('/');
        _projects = new Uri(_baseAddress + "/dev/v1/projects");
        _kickingRule = new Uri(_baseAddress + "/dev/v1/kicking-rule");
        _basic = basic;
        _tokens = tokens;
    }

    public async Task<ProjectList> ListProjectsAsync(CancellationToken cancellationToken = default)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, _projects);
        request.Headers.Authorization = _basic;
        using HttpResponseMessage response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync(BenchmarkJsonContext.Default.ProjectList, cancellationToken).ConfigureAwait(false))!;
    }

    public async Task<KickingRuleResult> CreateKickingRuleAsync(KickingRuleRequest rule, CancellationToken cancellationToken = default)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, _kickingRule)
        {
            Content = JsonContent.Create(rule, BenchmarkJsonContext.Default.KickingRuleRequest),
        };
        request.Headers.Authorization = _basic;
        using HttpResponseMessage response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync(BenchmarkJsonContext.Default.KickingRuleResult, cancellationToken).ConfigureAwait(false))!;
    }

    public async Task<UserEvents> UserEventsAsync(string appId, CancellationToken cancellationToken = default)
    {
        AgoraToken token = await _tokens!.GetTokenAsync(cancellationToken).ConfigureAwait(false);
        if (!string.Equals(token.Value, _lastToken, StringComparison.Ordinal))
        {
            _lastTokenHeader = new AuthenticationHeaderValue("agora", "token=" + token.Value);
            _lastToken = token.Value;
        }

        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(_baseAddress + "/v2/project/" + Uri.EscapeDataString(appId) + "/rtm/vendor/user_events"));
        request.Headers.Authorization = _lastTokenHeader;
        using HttpResponseMessage response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync(BenchmarkJsonContext.Default.UserEvents, cancellationToken).ConfigureAwait(false))!;
    }
}
