using System;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using System.Net.Http;
using System.Security.Cryptography;
using System.Threading;
using System.Threading.Tasks;
using Agora.Rest.Benchmarks.ColdStart;
using Agora.Rest.Testing;
using Agora.Rest.Tokens;

namespace Agora.Rest.Benchmarks.Load;

/// <summary>
/// <c>load [requests] [concurrency] [rounds]</c>: the load scenario of the emulator tests, timed. One generated
/// client, one HttpClient, the emulator in this process on 127.0.0.1 checking every request's credentials; each
/// round sends the requests from that many concurrent loops, once with renewing Signaling tokens (3 s tokens,
/// renewed with 1.9 s to go) and once with HTTP Basic. Prints requests per second per round and the median.
/// </summary>
internal static class LoadHarness
{
    public static async Task RunAsync(int requests, int concurrency, int rounds)
    {
        var account = new AgoraEmulatorOptions { CustomerId = RandomHex(), CustomerSecret = RandomHex() };
        account.Apps.Add(new EmulatedApp(RandomHex(), RandomHex(), "Load"));
        EmulatedApp app = account.Apps[0];
        await using AgoraEmulator emulator = await AgoraEmulator.StartAsync(account);
        using var http = new HttpClient { BaseAddress = emulator.BaseAddress };
        var provider = new SignalingTokenProvider(app.AppId, app.Certificate, "load-bot",
            new TokenProviderOptions { Lifetime = TimeSpan.FromSeconds(3), RenewalMargin = TimeSpan.FromSeconds(1.9) });
        var token = new LoadSignalingApiClient(http, AgoraCredentials.Token(provider));
        var basic = new LoadBasicApiClient(http, AgoraCredentials.Basic(account.CustomerId, account.CustomerSecret));

        foreach (string line in MachineDescription.Lines("this process"))
        {
            Console.WriteLine(line);
        }

        Console.WriteLine($"load: {requests} requests, {concurrency} concurrent loops, {rounds} rounds after a warm-up round; load average {MachineDescription.LoadAverage()}");
        await RoundAsync(cancel => token.UserEventsAsync(app.AppId, cancel), requests, concurrency);
        await RoundAsync(cancel => basic.UserEventsAsync(app.AppId, cancel), requests, concurrency);

        var tokenRates = new double[rounds];
        var basicRates = new double[rounds];
        for (int round = 0; round < rounds; round++)
        {
            int builtBefore = provider.TokensBuilt;
            (tokenRates[round], int tokenFailures) = await RoundAsync(cancel => token.UserEventsAsync(app.AppId, cancel), requests, concurrency);
            (basicRates[round], int basicFailures) = await RoundAsync(cancel => basic.UserEventsAsync(app.AppId, cancel), requests, concurrency);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"round {round + 1}: AccessToken2 {tokenRates[round]:F0} requests/s ({tokenFailures} failed, {provider.TokensBuilt - builtBefore} tokens built); Basic {basicRates[round]:F0} requests/s ({basicFailures} failed)"));
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"median: AccessToken2 {Median(tokenRates):F0} requests/s, Basic {Median(basicRates):F0} requests/s; load average {MachineDescription.LoadAverage()}"));
    }

    private static async Task<(double Rate, int Failures)> RoundAsync(Func<CancellationToken, Task> call, int requests, int concurrency)
    {
        int next = 0;
        int failures = 0;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(_ => Task.Run(async () =>
        {
            while (Interlocked.Increment(ref next) <= requests)
            {
                try
                {
                    await call(CancellationToken.None);
                }
                catch (Exception)
                {
                    Interlocked.Increment(ref failures);
                }
            }
        })));
        clock.Stop();
        return (requests / clock.Elapsed.TotalSeconds, failures);
    }

    private static double Median(double[] values)
    {
        double[] sorted = values.OrderBy(v => v).ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
    }

    private static string RandomHex() => Convert.ToHexString(RandomNumberGenerator.GetBytes(16)).ToLowerInvariant();
}
