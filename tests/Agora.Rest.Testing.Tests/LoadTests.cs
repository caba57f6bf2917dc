using System;
using System.Diagnostics;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Agora.Rest.Tokens;
using Xunit;
using Xunit.Abstractions;

namespace Agora.Rest.Testing.Tests;

/// <summary>
/// 20,000 requests at 64-way concurrency through one generated client against the emulator, while the built-in
/// Signaling token provider renews its 3-second tokens every few hundred milliseconds. The emulator checks every request's
/// token (format, signature, expiry on its clock at arrival), so all 200s mean every request carried a token that was
/// valid when it was sent. Throughput is printed, not asserted; docs/benchmarks.md has the measured figure.
/// </summary>
public sealed class LoadTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const int Requests = 20_000;
    private const int Concurrency = 64;

    private readonly AgoraEmulatorOptions _account = EmulatorAccount.Create("Alpha");
    private AgoraEmulator _emulator = null!;

    public async Task InitializeAsync() => _emulator = await AgoraEmulator.StartAsync(_account);

    public async Task DisposeAsync() => await _emulator.DisposeAsync();

    [Fact]
    public async Task Twenty_thousand_requests_at_64_way_concurrency_while_tokens_renew_all_succeed()
    {
        EmulatedApp app = _account.Apps[0];
        // Tokens live 3 s (from the whole second they were issued in) and are renewed once fewer than 1.9 s remain:
        // a new one every 0.1 to 1.1 s, and none handed out with less than 1.9 s to go.
        var provider = new SignalingTokenProvider(app.AppId, app.Certificate, "load-bot",
            new TokenProviderOptions { Lifetime = TimeSpan.FromSeconds(3), RenewalMargin = TimeSpan.FromSeconds(1.9) });
        using var http = new System.Net.Http.HttpClient { BaseAddress = _emulator.BaseAddress };
        var client = new SignalingApiClient(http, AgoraCredentials.Token(provider));
        await client.UserEventsAsync(app.AppId);
        long heapBefore = GC.GetTotalMemory(forceFullCollection: true);

        int next = 0;
        int failures = 0;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, Concurrency).Select(_ => Task.Run(async () =>
        {
            while (Interlocked.Increment(ref next) <= Requests)
            {
                try
                {
                    await client.UserEventsAsync(app.AppId);
                }
                catch (Exception)
                {
                    Interlocked.Increment(ref failures);
                }
            }
        })));
        clock.Stop();
        long heapAfter = GC.GetTotalMemory(forceFullCollection: true);

        output.WriteLine($"{Requests} requests in {clock.Elapsed.TotalSeconds:F2} s: {Requests / clock.Elapsed.TotalSeconds:F0} requests/s; {provider.TokensBuilt} tokens built; heap {heapBefore / 1024} KB -> {heapAfter / 1024} KB");
        Assert.Equal(0, failures);
        Assert.Equal(Requests + 1, _emulator.ReceivedRequests.Count(r => r.Status == 200 && r.Authentication == "agora token"));
        // A token is renewed at most 1.1 s after it was built, so a run of T seconds builds at least 1 + T / 1.2 tokens.
        int expectedBuilds = 1 + (int)(clock.Elapsed.TotalSeconds / 1.2);
        Assert.True(provider.TokensBuilt >= expectedBuilds, $"Only {provider.TokensBuilt} token(s) built in {clock.Elapsed.TotalSeconds:F1} s: renewal stalled.");
        // The emulator's own request log grows with every request (about 0.2 KB each); nothing else may.
        Assert.True(heapAfter - heapBefore < 32L * 1024 * 1024, $"The heap grew by {(heapAfter - heapBefore) / 1024} KB.");
    }
}
