using System;
using System.Diagnostics;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Agora.Rest.Tokens;
using Microsoft.Extensions.Time.Testing;
using Xunit;
using Xunit.Abstractions;

namespace Agora.Rest.Testing.Tests;

/// <summary>
/// 20,480 requests through one generated client against the emulator, in 320 rounds of 64 concurrent requests, while
/// the built-in Signaling token provider renews its 3-second tokens. The emulator checks every request's token (format,
/// signature, expiry on its clock at arrival), so all 200s mean every request carried a token that was valid when it
/// was sent. Provider and emulator share a fake clock that moves 50 ms between rounds and never within one: renewal
/// then follows the requests, not the machine's speed, and no request can meet a token that lapsed while it waited for
/// a busy CPU. Throughput is printed, not asserted; docs/benchmarks.md has the measured figure.
/// </summary>
[Collection(Stress.AloneCollection.Name)]
public sealed class LoadTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const int Rounds = 320;
    private const int Concurrency = 64;
    private static readonly TimeSpan ClockStepPerRound = TimeSpan.FromMilliseconds(50);

    private readonly FakeTimeProvider _time = new(DateTimeOffset.UtcNow);
    private readonly AgoraEmulatorOptions _account = EmulatorAccount.Create("Alpha");
    private AgoraEmulator _emulator = null!;

    public async Task InitializeAsync()
    {
        _account.TimeProvider = _time;
        _emulator = await AgoraEmulator.StartAsync(_account);
    }

    public async Task DisposeAsync() => await _emulator.DisposeAsync();

    [Fact]
    public async Task Twenty_thousand_requests_at_64_way_concurrency_while_tokens_renew_all_succeed()
    {
        EmulatedApp app = _account.Apps[0];
        // Tokens live 3 s (from the whole second they were issued in) and are renewed once fewer than 1.9 s remain:
        // a new one every 0.1 to 1.1 s of the clock, and none handed out with less than 1.9 s to go.
        var provider = new SignalingTokenProvider(app.AppId, app.Certificate, "load-bot",
            new TokenProviderOptions { Lifetime = TimeSpan.FromSeconds(3), RenewalMargin = TimeSpan.FromSeconds(1.9), TimeProvider = _time });
        using var http = new System.Net.Http.HttpClient { BaseAddress = _emulator.BaseAddress };
        var client = new SignalingApiClient(http, AgoraCredentials.Token(provider));
        await client.UserEventsAsync(app.AppId);
        long heapBefore = GC.GetTotalMemory(forceFullCollection: true);
        DateTimeOffset clockStart = _time.GetUtcNow();

        int failures = 0;
        Exception? firstFailure = null;
        var stopwatch = Stopwatch.StartNew();
        for (int round = 0; round < Rounds; round++)
        {
            await Task.WhenAll(Enumerable.Range(0, Concurrency).Select(_ => Task.Run(async () =>
            {
                try
                {
                    await client.UserEventsAsync(app.AppId);
                }
                catch (Exception exception)
                {
                    Interlocked.Increment(ref failures);
                    Interlocked.CompareExchange(ref firstFailure, exception, null);
                }
            })));
            _time.Advance(ClockStepPerRound);
        }

        stopwatch.Stop();
        long heapAfter = GC.GetTotalMemory(forceFullCollection: true);
        TimeSpan clockElapsed = _time.GetUtcNow() - clockStart;
        int requests = Rounds * Concurrency;

        output.WriteLine($"{requests} requests in {stopwatch.Elapsed.TotalSeconds:F2} s: {requests / stopwatch.Elapsed.TotalSeconds:F0} requests/s; {provider.TokensBuilt} tokens built over {clockElapsed.TotalSeconds:F1} s of the clock; heap {heapBefore / 1024} KB -> {heapAfter / 1024} KB");
        Assert.True(failures == 0, $"{failures} request(s) failed; the first: {firstFailure}");
        Assert.Equal(requests + 1, _emulator.ReceivedRequests.Count(r => r.Status == 200 && r.Authentication == "agora token"));
        // A token is renewed at most 1.1 s of the clock after it was built, plus one round's step before a request sees
        // it: a run of T seconds builds at least 1 + T / 1.15 tokens.
        int expectedBuilds = 1 + (int)(clockElapsed.TotalSeconds / 1.15);
        Assert.True(provider.TokensBuilt >= expectedBuilds, $"Only {provider.TokensBuilt} token(s) built over {clockElapsed.TotalSeconds:F1} s of the clock: renewal stalled.");
        // The emulator's own request log grows with every request (about 0.2 KB each); nothing else may.
        Assert.True(heapAfter - heapBefore < 32L * 1024 * 1024, $"The heap grew by {(heapAfter - heapBefore) / 1024} KB.");
    }
}
