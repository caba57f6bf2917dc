using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Threading.Tasks;
using Microsoft.Extensions.Time.Testing;
using Xunit;

namespace Agora.Rest.Testing.Tests;

/// <summary>
/// One running emulator per test: an account made at random with the given apps, a fake clock the test can move
/// (starting now unless told otherwise), and an HttpClient pointed at the emulator.
/// </summary>
public abstract class EmulatorTest : IAsyncLifetime
{
    private readonly List<IAsyncDisposable> _owned = new();

    protected EmulatorTest(DateTimeOffset? clockStart, params string[] appNames)
    {
        Time = new FakeTimeProvider(clockStart ?? DateTimeOffset.UtcNow);
        Account = EmulatorAccount.Create(appNames);
        Account.TimeProvider = Time;
    }

    protected FakeTimeProvider Time { get; }

    protected AgoraEmulatorOptions Account { get; }

    protected AgoraEmulator Emulator { get; private set; } = null!;

    protected HttpClient Http { get; private set; } = null!;

    /// <summary>
    /// Options for clients that send each call once, for tests of the emulator itself: a client's own failover would
    /// otherwise move on to another host and wait between attempts.
    /// </summary>
    protected static AgoraClientOptions SendOnce => new() { Retry = { MaxRetryAttempts = 0 } };

    /// <summary>The account's own Basic credentials.</summary>
    protected AgoraCredentials Credentials => AgoraCredentials.Basic(Account.CustomerId, Account.CustomerSecret);

    public async Task InitializeAsync()
    {
        Emulator = await AgoraEmulator.StartAsync(Account);
        Http = new HttpClient { BaseAddress = Emulator.BaseAddress };
    }

    /// <summary>Disposes <paramref name="disposable"/> when the test ends, before the emulator stops.</summary>
    protected T DisposeAfterTest<T>(T disposable)
        where T : IAsyncDisposable
    {
        _owned.Add(disposable);
        return disposable;
    }

    public virtual async Task DisposeAsync()
    {
        foreach (IAsyncDisposable owned in _owned)
        {
            await owned.DisposeAsync();
        }

        Http.Dispose();
        await Emulator.DisposeAsync();
    }
}
