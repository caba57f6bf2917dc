using System.Threading.Tasks;
using Agora.Rest.Benchmarks.Routing;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using Perfolizer.Metrology;

namespace Agora.Rest.Benchmarks.PerCall;

/// <summary>
/// What failover over Agora's domains costs a call that does not fail: the generated client of
/// <see cref="PerCallBenchmarks"/> over the same <see cref="CheckingHandler"/>, with routing off (an explicit base address
/// on another host) as each scenario's baseline, against routing on with the <c>[AgoraApi]</c> default and with
/// <c>Area = Europe</c>. Setup proves each variant reaches the host it should and fails over, or not, as it should.
/// The interleaved <c>routing-cost</c> harness measures the same ratios with less drift between variants.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
[Config(typeof(InBytes))]
public class RoutingBenchmarks
{
    private const string BasicGet = "Basic GET /dev/v1/projects";
    private const string TokenGet = "AccessToken2 GET user_events";
    private const string JsonPost = "Basic POST JSON body";

    private RoutedClients _off = null!;
    private RoutedClients _declared = null!;
    private RoutedClients _europe = null!;

    [GlobalSetup]
    public void Setup()
    {
        var fixture = new PerCallFixture();
        _off = RoutedClients.CreateChecked(RoutingVariant.Off, fixture);
        _declared = RoutedClients.CreateChecked(RoutingVariant.Declared, fixture);
        _europe = RoutedClients.CreateChecked(RoutingVariant.Europe, fixture);
    }

    [Benchmark(Baseline = true), BenchmarkCategory(BasicGet)]
    public Task<ProjectList> OffBasicGet() => _off.BasicGet();

    [Benchmark, BenchmarkCategory(BasicGet)]
    public Task<ProjectList> DeclaredBasicGet() => _declared.BasicGet();

    [Benchmark, BenchmarkCategory(BasicGet)]
    public Task<ProjectList> EuropeBasicGet() => _europe.BasicGet();

    [Benchmark(Baseline = true), BenchmarkCategory(TokenGet)]
    public Task<UserEvents> OffTokenGet() => _off.TokenGet();

    [Benchmark, BenchmarkCategory(TokenGet)]
    public Task<UserEvents> DeclaredTokenGet() => _declared.TokenGet();

    [Benchmark, BenchmarkCategory(TokenGet)]
    public Task<UserEvents> EuropeTokenGet() => _europe.TokenGet();

    [Benchmark(Baseline = true), BenchmarkCategory(JsonPost)]
    public Task<KickingRuleResult> OffPost() => _off.Post();

    [Benchmark, BenchmarkCategory(JsonPost)]
    public Task<KickingRuleResult> DeclaredPost() => _declared.Post();

    [Benchmark, BenchmarkCategory(JsonPost)]
    public Task<KickingRuleResult> EuropePost() => _europe.Post();

    /// <summary>Allocations in bytes, not KB: the question is a few bytes.</summary>
    private sealed class InBytes : ManualConfig
    {
        public InBytes() => SummaryStyle = SummaryStyle.Default.WithSizeUnit(SizeUnit.B);
    }
}
