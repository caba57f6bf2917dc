using System;
using System.Net.Http;
using System.Net.Http.Headers;
using Agora.Rest.Benchmarks.Interleaved;
using System.Threading.Tasks;
using Agora.Rest.Benchmarks.PerCall.RefitClients;
using Refit;

namespace Agora.Rest.Benchmarks.PerCall;

/// <summary>
/// The three ways of making each measured call — by hand (the baseline), through the generated client, through Refit —
/// each over its own <see cref="CheckingHandler"/>, with the credentials and canned answers of one
/// <see cref="PerCallFixture"/>. Shared by the interleaved harness and BenchmarkDotNet, so both measure the same code.
/// </summary>
internal sealed class PerCallClients
{
    public const string BaseAddress = "https://api.agora.io";

    /// <summary>
    /// A host that is not Agora's, so routing is off, exactly as long as <c>api.agora.io</c>: the request URI then has
    /// the same length as the routed one, which isolates routing's own cost.
    /// </summary>
    public const string RoutingOffBaseAddress = "https://rest.corp.io";

    private readonly PerCallFixture _fixture;

    // Callers hold the interfaces, so the generated clients are measured through them too.
#pragma warning disable CA1859
    private readonly HandWrittenClient _handBasic;
    private readonly HandWrittenClient _handToken;
    private readonly HandWrittenClient _handTokenNewObject;
    private readonly HandWrittenClient _handPost;
    private readonly IProjectApi _generatedBasic;
    private readonly ISignalingApi _generatedToken;
    private readonly ISignalingApi _generatedTokenNewObject;
    private readonly IProjectApi _generatedPost;
    private readonly IProjectApi _unroutedBasic;
    private readonly ISignalingApi _unroutedToken;
    private readonly ISignalingApi _unroutedTokenNewObject;
    private readonly IProjectApi _unroutedPost;
    private readonly IRefitProjectApi _refitBasic;
    private readonly IRefitSignalingApi _refitToken;
    private readonly IRefitSignalingApi _refitTokenNewObject;
    private readonly IRefitProjectApi _refitPost;
#pragma warning restore CA1859

    public PerCallClients(PerCallFixture fixture)
    {
        _fixture = fixture;
        var options = new AgoraClientOptions { JsonSerializerOptions = BenchmarkJsonContext.Default.Options };
        var refitSettings = new RefitSettings { ContentSerializer = new SystemTextJsonContentSerializer(BenchmarkJsonContext.Default.Options) };
        AuthenticationHeaderValue basic = AuthenticationHeaderValue.Parse(fixture.BasicHeader);
        IAgoraTokenProvider tokens = fixture.Tokens;
        IAgoraTokenProvider newTokenObjects = fixture.NewTokenObjects;

        // Hand-written code names its absolute URIs itself; the others get the base address from the HttpClient.
        HttpClient Http(string authorization, byte[] body) => new(new CheckingHandler(authorization, body));
        HttpClient HttpWithBase(string authorization, byte[] body) => new(new CheckingHandler(authorization, body)) { BaseAddress = new Uri(BaseAddress) };
        HttpClient HttpUnrouted(string authorization, byte[] body) => new(new CheckingHandler(authorization, body)) { BaseAddress = new Uri(RoutingOffBaseAddress) };
        RefitSettings WithTokens(IAgoraTokenProvider provider) => new()
        {
            ContentSerializer = refitSettings.ContentSerializer,
            AuthorizationHeaderValueGetter = new RefitTokenHeader(provider).GetAsync,
        };

        _handBasic = new HandWrittenClient(Http(fixture.BasicHeader, fixture.Projects), BaseAddress, basic, tokens: null);
        _generatedBasic = new ProjectApiClient(HttpWithBase(fixture.BasicHeader, fixture.Projects), fixture.Basic, options);
        _refitBasic = RestService.ForGenerated<IRefitProjectApi>(WithDefaultAuthorization(HttpWithBase(fixture.BasicHeader, fixture.Projects), fixture.BasicHeader), refitSettings);

        _handToken = new HandWrittenClient(Http(fixture.TokenHeader, fixture.Events), BaseAddress, basic: null, tokens);
        _generatedToken = new SignalingApiClient(HttpWithBase(fixture.TokenHeader, fixture.Events), fixture.Token, options);
        _refitToken = RestService.ForGenerated<IRefitSignalingApi>(HttpWithBase(fixture.TokenHeader, fixture.Events), WithTokens(tokens));

        _handTokenNewObject = new HandWrittenClient(Http(fixture.TokenHeader, fixture.Events), BaseAddress, basic: null, newTokenObjects);
        _generatedTokenNewObject = new SignalingApiClient(HttpWithBase(fixture.TokenHeader, fixture.Events), fixture.TokenNewEachCall, options);
        _refitTokenNewObject = RestService.ForGenerated<IRefitSignalingApi>(HttpWithBase(fixture.TokenHeader, fixture.Events), WithTokens(newTokenObjects));

        _handPost = new HandWrittenClient(Http(fixture.BasicHeader, fixture.Created), BaseAddress, basic, tokens: null);
        _generatedPost = new ProjectApiClient(HttpWithBase(fixture.BasicHeader, fixture.Created), fixture.Basic, options);
        _refitPost = RestService.ForGenerated<IRefitProjectApi>(WithDefaultAuthorization(HttpWithBase(fixture.BasicHeader, fixture.Created), fixture.BasicHeader), refitSettings);

        // The generated clients above are on Agora's host, so they route (and would fail over); these do not.
        _unroutedBasic = new ProjectApiClient(HttpUnrouted(fixture.BasicHeader, fixture.Projects), fixture.Basic, options);
        _unroutedToken = new SignalingApiClient(HttpUnrouted(fixture.TokenHeader, fixture.Events), fixture.Token, options);
        _unroutedTokenNewObject = new SignalingApiClient(HttpUnrouted(fixture.TokenHeader, fixture.Events), fixture.TokenNewEachCall, options);
        _unroutedPost = new ProjectApiClient(HttpUnrouted(fixture.BasicHeader, fixture.Created), fixture.Basic, options);

        // Every variant must return the same thing before any is timed.
        foreach (PerCallScenario scenario in Scenarios())
        {
            foreach (Variant variant in scenario.Variants)
            {
                if (!variant.Call())
                {
                    throw new InvalidOperationException($"{scenario.Name}, {variant.Name}: a call returned a different result.");
                }
            }
        }
    }

    public Task<ProjectList> HandBasicGet() => _handBasic.ListProjectsAsync();

    public Task<ProjectList> GeneratedBasicGet() => _generatedBasic.ListProjectsAsync();

    public Task<ProjectList> RefitBasicGet() => _refitBasic.ListProjectsAsync();

    public Task<UserEvents> HandTokenGet() => _handToken.UserEventsAsync(_fixture.AppId);

    public Task<UserEvents> GeneratedTokenGet() => _generatedToken.UserEventsAsync(_fixture.AppId);

    public Task<UserEvents> RefitTokenGet() => _refitToken.UserEventsAsync(_fixture.AppId);

    public Task<UserEvents> HandTokenGetNewObject() => _handTokenNewObject.UserEventsAsync(_fixture.AppId);

    public Task<UserEvents> GeneratedTokenGetNewObject() => _generatedTokenNewObject.UserEventsAsync(_fixture.AppId);

    public Task<UserEvents> RefitTokenGetNewObject() => _refitTokenNewObject.UserEventsAsync(_fixture.AppId);

    public Task<KickingRuleResult> HandPost() => _handPost.CreateKickingRuleAsync(_fixture.Rule);

    public Task<KickingRuleResult> GeneratedPost() => _generatedPost.CreateKickingRuleAsync(_fixture.Rule);

    public Task<KickingRuleResult> RefitPost() => _refitPost.CreateKickingRuleAsync(_fixture.Rule);

    /// <summary>Each scenario with its variants, hand-written first; a call is true when it gave the canned answer.</summary>
    public PerCallScenario[] Scenarios() => new[]
    {
        Scenario("Basic GET /dev/v1/projects", HandBasicGet, GeneratedBasicGet, RefitBasicGet, () => _unroutedBasic.ListProjectsAsync(), result => result.Projects.Count == 5),
        Scenario("AccessToken2 GET user_events (provider keeps its AgoraToken)", HandTokenGet, GeneratedTokenGet, RefitTokenGet, () => _unroutedToken.UserEventsAsync(_fixture.AppId), result => result.Events.Count == 10),
        Scenario("AccessToken2 GET user_events (provider wraps the same token anew)", HandTokenGetNewObject, GeneratedTokenGetNewObject, RefitTokenGetNewObject, () => _unroutedTokenNewObject.UserEventsAsync(_fixture.AppId), result => result.Events.Count == 10),
        Scenario("Basic POST /dev/v1/kicking-rule (JSON body)", HandPost, GeneratedPost, RefitPost, () => _unroutedPost.CreateKickingRuleAsync(_fixture.Rule), result => result.Id == 1953),
    };

    private static PerCallScenario Scenario<T>(string name, Func<Task<T>> hand, Func<Task<T>> generated, Func<Task<T>> refit, Func<Task<T>> unrouted, Func<T, bool> expected) =>
        new(name, new[]
        {
            new Variant("hand-written", () => expected(InterleavedRounds.Completed(hand()))),
            new Variant("generated (Agora.Generators; routing on: api.agora.io)", () => expected(InterleavedRounds.Completed(generated()))),
            new Variant("Refit (source-generated)", () => expected(InterleavedRounds.Completed(refit()))),
            new Variant("generated, routing off (rest.corp.io, as long)", () => expected(InterleavedRounds.Completed(unrouted()))),
        });

    private static HttpClient WithDefaultAuthorization(HttpClient http, string header)
    {
        http.DefaultRequestHeaders.TryAddWithoutValidation("Authorization", header);
        return http;
    }
}

/// <summary>
/// One measured call and its variants, the baseline first. The generated client routes (its host is Agora's) and is
/// the second variant; the same client with routing off is the last, so routing's own cost is their ratio.
/// </summary>
internal sealed record PerCallScenario(string Name, Variant[] Variants)
{
    public const int Routed = 1;

    public int Unrouted => Variants.Length - 1;
}
