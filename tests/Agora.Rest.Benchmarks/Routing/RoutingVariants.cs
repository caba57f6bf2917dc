using System;
using System.Linq;
using System.Net.Http;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using Agora.Rest.Benchmarks.PerCall;
using Agora.Rest.Tokens;

namespace Agora.Rest.Benchmarks.Routing;

/// <summary>
/// One way of pointing a generated client at its server, and what must follow from it: the host every call's first
/// attempt reaches, and the host a call moves to when that one's name does not resolve (<see langword="null"/>: routing
/// is off, so the failure reaches the caller).
/// </summary>
internal sealed record RoutingVariant(string Name, Uri? BaseAddress, AgoraArea Area, string Host, string? FailoverHost)
{
    /// <summary>An explicit base address on a host that is not Agora's: routing off, the baseline.</summary>
    public static readonly RoutingVariant Off =
        new("routing off (gateway.example.com)", new Uri("https://gateway.example.com/"), AgoraArea.Global, "gateway.example.com", null);

    /// <summary>No base address anywhere: the <c>[AgoraApi]</c> default, routed over the Global area's hosts.</summary>
    public static readonly RoutingVariant Declared =
        new("routing on ([AgoraApi] default, Global)", null, AgoraArea.Global, "api.agora.io", "api.sd-rtn.com");

    /// <summary>No base address, <c>Area = Europe</c>: routed, first attempts to the area's first host.</summary>
    public static readonly RoutingVariant Europe =
        new("routing on (Area = Europe)", null, AgoraArea.Europe, "api-eu-west-1.agora.io", "api-eu-west-1.sd-rtn.com");

    // Routing off on hosts as long as the routed ones (12 and 22 characters): the request URI string, and whatever the
    // platform derives from it, then has the same length as in the routed variants, which isolates routing's own bytes.
    public static readonly RoutingVariant OffSameLengthAsDeclared =
        new("routing off, host as long as api.agora.io (rest.corp.io)", new Uri("https://rest.corp.io/"), AgoraArea.Global, "rest.corp.io", null);

    public static readonly RoutingVariant OffSameLengthAsEurope =
        new("routing off, host as long as api-eu-west-1.agora.io (gateway-eu.example.com)", new Uri("https://gateway-eu.example.com/"), AgoraArea.Global, "gateway-eu.example.com", null);
}

/// <summary>
/// The per-call scenarios of <see cref="PerCallBenchmarks"/> for one <see cref="RoutingVariant"/>: the generated clients,
/// each over its own <see cref="CheckingHandler"/>, with the credentials and canned answers every variant shares.
/// </summary>
internal sealed class RoutedClients
{
    private readonly CheckingHandler _basicHandler;
    private readonly CheckingHandler _tokenHandler;
    private readonly CheckingHandler _postHandler;
    private readonly string _appId;
    private readonly KickingRuleRequest _rule;

    // Callers hold the interfaces, so the generated clients are measured through them, as in PerCallBenchmarks.
#pragma warning disable CA1859
    private readonly IProjectApi _basic;
    private readonly ISignalingApi _token;
    private readonly IProjectApi _post;
#pragma warning restore CA1859

    private RoutedClients(RoutingVariant variant, PerCallFixture fixture)
    {
        Variant = variant;
        _appId = fixture.AppId;
        _rule = fixture.Rule;
        var options = new AgoraClientOptions { JsonSerializerOptions = BenchmarkJsonContext.Default.Options, Area = variant.Area };
        _basicHandler = new CheckingHandler(fixture.BasicHeader, fixture.Projects);
        _tokenHandler = new CheckingHandler(fixture.TokenHeader, fixture.Events);
        _postHandler = new CheckingHandler(fixture.BasicHeader, fixture.Created);
        _basic = new ProjectApiClient(Http(_basicHandler), fixture.Basic, options);
        _token = new SignalingApiClient(Http(_tokenHandler), fixture.Token, options);
        _post = new ProjectApiClient(Http(_postHandler), fixture.Basic, options);

        HttpClient Http(CheckingHandler handler) => variant.BaseAddress is null ? new(handler) : new(handler) { BaseAddress = variant.BaseAddress };
    }

    public RoutingVariant Variant { get; }

    public Task<ProjectList> BasicGet() => _basic.ListProjectsAsync();

    public Task<UserEvents> TokenGet() => _token.UserEventsAsync(_appId);

    public Task<KickingRuleResult> Post() => _post.CreateKickingRuleAsync(_rule);

    /// <summary>Creates the clients and proves they route as the variant says; throws otherwise.</summary>
    public static RoutedClients CreateChecked(RoutingVariant variant, PerCallFixture fixture)
    {
        var clients = new RoutedClients(variant, fixture);
        clients.Check(clients._basicHandler, () => clients.BasicGet().GetAwaiter().GetResult().Projects.Count == 5);
        clients.Check(clients._tokenHandler, () => clients.TokenGet().GetAwaiter().GetResult().Events.Count == 10);
        clients.Check(clients._postHandler, () => clients.Post().GetAwaiter().GetResult().Id == 1953);
        return clients;
    }

    // Which host a call reaches shows where its first attempt went; whether a failure of that host is repeated on the
    // next one shows that the call really was routed (or really was not). Both, before anything is timed.
    private void Check(CheckingHandler handler, Func<bool> call)
    {
        Require(call(), "returned a different result");
        Require(HostOf(handler) == Variant.Host, $"reached {HostOf(handler)}, not {Variant.Host}");

        handler.FailNextWithUnresolvedName();
        bool succeeded;
        try
        {
            succeeded = call();
        }
        catch (Exception) when (Variant.FailoverHost is null)
        {
            succeeded = false;
        }

        Require(succeeded == (Variant.FailoverHost is not null), Variant.FailoverHost is null ? "repeated a failed call: it routes" : "did not repeat a failed call: it does not route");
        Require(HostOf(handler) == (Variant.FailoverHost ?? Variant.Host), $"after a failure reached {HostOf(handler)}, not {Variant.FailoverHost ?? Variant.Host}");

        Require(call() && HostOf(handler) == Variant.Host, $"after failing over, the next call reached {HostOf(handler)}, not {Variant.Host}");
    }

    private static string? HostOf(CheckingHandler handler) => handler.LastRequestUri?.Host;

    private void Require(bool condition, string problem)
    {
        if (!condition)
        {
            throw new InvalidOperationException($"{Variant.Name}: a call {problem}.");
        }
    }
}
