using System;
using System.Linq;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using Agora.Rest.Benchmarks.PerCall.RefitClients;
using Agora.Rest.Tokens;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Refit;

namespace Agora.Rest.Benchmarks.PerCall;

/// <summary>
/// The cost of one call through the generated client, hand-written HttpClient code and Refit, over the same
/// in-memory handler and JSON context. Each scenario's hand-written variant is the baseline.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class PerCallBenchmarks
{
    private const string BaseAddress = "https://api.agora.io";

    private static readonly KickingRuleRequest Rule = new(Hex(16), "lobby", 123456, 60, new[] { "join_channel" });

    // Callers hold the interfaces, so the generated clients are measured through them too.
#pragma warning disable CA1859
    private string _appId = null!;
    private HandWrittenClient _handBasic = null!;
    private HandWrittenClient _handToken = null!;
    private IProjectApi _generatedBasic = null!;
    private ISignalingApi _generatedToken = null!;
    private IRefitProjectApi _refitBasic = null!;
    private IRefitSignalingApi _refitToken = null!;
    private IRefitProjectApi _refitPost = null!;
    private HandWrittenClient _handPost = null!;
    private IProjectApi _generatedPost = null!;
#pragma warning restore CA1859

    [GlobalSetup]
    public void Setup()
    {
        _appId = Hex(16);
        string customerId = Hex(16);
        string customerSecret = Hex(16);
        string basicHeader = "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes(customerId + ":" + customerSecret));
        string token = RtmTokenBuilder2.BuildToken(_appId, Hex(16), "rest-client", 3600);
        string tokenHeader = "agora token=" + token;
        var tokens = new FixedTokenProvider(token);
        var options = new AgoraClientOptions { JsonSerializerOptions = BenchmarkJsonContext.Default.Options };
        var refitSettings = new RefitSettings { ContentSerializer = new SystemTextJsonContentSerializer(BenchmarkJsonContext.Default.Options) };

        byte[] projects = Json(new ProjectList(Enumerable.Range(1, 5).Select(i => new Project(Hex(8), "project-" + i, Hex(16), 1, 1_700_000_000 + i)).ToList()), BenchmarkJsonContext.Default.ProjectList);
        byte[] events = Json(new UserEvents("success", Enumerable.Range(1, 10).Select(i => new UserEvent("user-" + i, i % 2 + 1, 1_700_000_000_000 + i)).ToList()), BenchmarkJsonContext.Default.UserEvents);
        byte[] created = Json(new KickingRuleResult("success", 1953), BenchmarkJsonContext.Default.KickingRuleResult);

        HttpClient Http(string authorization, byte[] body) => new(new CheckingHandler(authorization, body)) { BaseAddress = new Uri(BaseAddress) };

        _handBasic = new HandWrittenClient(Http(basicHeader, projects), basicHeader, tokens: null);
        _generatedBasic = new ProjectApiClient(Http(basicHeader, projects), AgoraCredentials.Basic(customerId, customerSecret), options);
        _refitBasic = RestService.ForGenerated<IRefitProjectApi>(WithDefaultAuthorization(Http(basicHeader, projects), basicHeader), refitSettings);

        _handToken = new HandWrittenClient(Http(tokenHeader, events), basicHeader: null, tokens);
        _generatedToken = new SignalingApiClient(Http(tokenHeader, events), AgoraCredentials.Token(tokens), options);
        var refitTokenSettings = new RefitSettings
        {
            ContentSerializer = refitSettings.ContentSerializer,
            AuthorizationHeaderValueGetter = new RefitTokenHeader(tokens).GetAsync,
        };
        _refitToken = RestService.ForGenerated<IRefitSignalingApi>(Http(tokenHeader, events), refitTokenSettings);

        _handPost = new HandWrittenClient(Http(basicHeader, created), basicHeader, tokens: null);
        _generatedPost = new ProjectApiClient(Http(basicHeader, created), AgoraCredentials.Basic(customerId, customerSecret), options);
        _refitPost = RestService.ForGenerated<IRefitProjectApi>(WithDefaultAuthorization(Http(basicHeader, created), basicHeader), refitSettings);

        // Every variant must return the same thing before any is timed.
        Require(HandBasicGet().Result.Projects.Count == 5 && GeneratedBasicGet().Result.Projects.Count == 5 && RefitBasicGet().Result.Projects.Count == 5);
        Require(HandTokenGet().Result.Events.Count == 10 && GeneratedTokenGet().Result.Events.Count == 10 && RefitTokenGet().Result.Events.Count == 10);
        Require(HandPost().Result.Id == 1953 && GeneratedPost().Result.Id == 1953 && RefitPost().Result.Id == 1953);
    }

    [Benchmark(Baseline = true), BenchmarkCategory("Basic GET /dev/v1/projects")]
    public Task<ProjectList> HandBasicGet() => _handBasic.ListProjectsAsync();

    [Benchmark, BenchmarkCategory("Basic GET /dev/v1/projects")]
    public Task<ProjectList> GeneratedBasicGet() => _generatedBasic.ListProjectsAsync();

    [Benchmark, BenchmarkCategory("Basic GET /dev/v1/projects")]
    public Task<ProjectList> RefitBasicGet() => _refitBasic.ListProjectsAsync();

    [Benchmark(Baseline = true), BenchmarkCategory("AccessToken2 GET user_events")]
    public Task<UserEvents> HandTokenGet() => _handToken.UserEventsAsync(_appId);

    [Benchmark, BenchmarkCategory("AccessToken2 GET user_events")]
    public Task<UserEvents> GeneratedTokenGet() => _generatedToken.UserEventsAsync(_appId);

    [Benchmark, BenchmarkCategory("AccessToken2 GET user_events")]
    public Task<UserEvents> RefitTokenGet() => _refitToken.UserEventsAsync(_appId);

    [Benchmark(Baseline = true), BenchmarkCategory("Basic POST JSON body")]
    public Task<KickingRuleResult> HandPost() => _handPost.CreateKickingRuleAsync(Rule);

    [Benchmark, BenchmarkCategory("Basic POST JSON body")]
    public Task<KickingRuleResult> GeneratedPost() => _generatedPost.CreateKickingRuleAsync(Rule);

    [Benchmark, BenchmarkCategory("Basic POST JSON body")]
    public Task<KickingRuleResult> RefitPost() => _refitPost.CreateKickingRuleAsync(Rule);

    private static HttpClient WithDefaultAuthorization(HttpClient http, string header)
    {
        http.DefaultRequestHeaders.TryAddWithoutValidation("Authorization", header);
        return http;
    }

    private static byte[] Json<T>(T value, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> type) => JsonSerializer.SerializeToUtf8Bytes(value, type);

    private static string Hex(int bytes) => Convert.ToHexString(RandomNumberGenerator.GetBytes(bytes)).ToLowerInvariant();

    private static void Require(bool condition)
    {
        if (!condition)
        {
            throw new InvalidOperationException("A variant returned a different result.");
        }
    }

    /// <summary>Refit's hook for the header parameter, caching the text per token as the other variants do.</summary>
    private sealed class RefitTokenHeader
    {
        private readonly IAgoraTokenProvider _tokens;
        private AgoraToken? _last;
        private string? _header;

        public RefitTokenHeader(IAgoraTokenProvider tokens) => _tokens = tokens;

        public async ValueTask<string> GetAsync(HttpRequestMessage request, System.Threading.CancellationToken cancellationToken)
        {
            AgoraToken token = await _tokens.GetTokenAsync(cancellationToken).ConfigureAwait(false);
            if (!ReferenceEquals(token, _last))
            {
                _header = "token=" + token.Value;
                _last = token;
            }

            return _header!;
        }
    }
}
