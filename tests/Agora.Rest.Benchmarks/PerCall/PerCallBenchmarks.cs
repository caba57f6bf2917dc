using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;

namespace Agora.Rest.Benchmarks.PerCall;

/// <summary>
/// BenchmarkDotNet's view of <see cref="PerCallClients"/>: exact allocations and detail, one process per run. The
/// headline time ratios come from the interleaved harness (<c>per-call</c>), which noise on a shared machine cannot fake.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class PerCallBenchmarks
{
    private PerCallClients _clients = null!;

    [GlobalSetup]
    public void Setup() => _clients = new PerCallClients(new PerCallFixture());

    [Benchmark(Baseline = true), BenchmarkCategory("Basic GET /dev/v1/projects")]
    public Task<ProjectList> HandBasicGet() => _clients.HandBasicGet();

    [Benchmark, BenchmarkCategory("Basic GET /dev/v1/projects")]
    public Task<ProjectList> GeneratedBasicGet() => _clients.GeneratedBasicGet();

    [Benchmark, BenchmarkCategory("Basic GET /dev/v1/projects")]
    public Task<ProjectList> RefitBasicGet() => _clients.RefitBasicGet();

    [Benchmark(Baseline = true), BenchmarkCategory("AccessToken2 GET user_events")]
    public Task<UserEvents> HandTokenGet() => _clients.HandTokenGet();

    [Benchmark, BenchmarkCategory("AccessToken2 GET user_events")]
    public Task<UserEvents> GeneratedTokenGet() => _clients.GeneratedTokenGet();

    [Benchmark, BenchmarkCategory("AccessToken2 GET user_events")]
    public Task<UserEvents> RefitTokenGet() => _clients.RefitTokenGet();

    [Benchmark(Baseline = true), BenchmarkCategory("AccessToken2 GET, new AgoraToken object per call")]
    public Task<UserEvents> HandTokenGetNewObject() => _clients.HandTokenGetNewObject();

    [Benchmark, BenchmarkCategory("AccessToken2 GET, new AgoraToken object per call")]
    public Task<UserEvents> GeneratedTokenGetNewObject() => _clients.GeneratedTokenGetNewObject();

    [Benchmark(Baseline = true), BenchmarkCategory("Basic POST JSON body")]
    public Task<KickingRuleResult> HandPost() => _clients.HandPost();

    [Benchmark, BenchmarkCategory("Basic POST JSON body")]
    public Task<KickingRuleResult> GeneratedPost() => _clients.GeneratedPost();

    [Benchmark, BenchmarkCategory("Basic POST JSON body")]
    public Task<KickingRuleResult> RefitPost() => _clients.RefitPost();
}
