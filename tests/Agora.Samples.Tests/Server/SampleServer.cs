using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Security.Cryptography;
using System.Threading.Tasks;
using Agora.Rest.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace Agora.Samples.Server.Tests;

/// <summary>
/// The emulator with an account made at random, and the sample server on 127.0.0.1 configured against it; the
/// emulator's clock is fake so tests can let issued tokens expire.
/// </summary>
public sealed class SampleServer : IAsyncDisposable
{
    private SampleServer(AgoraEmulator emulator, AgoraEmulatorOptions account, FakeTimeProvider time, WebApplication app)
    {
        Emulator = emulator;
        Account = account;
        Time = time;
        App = app;
    }

    public AgoraEmulator Emulator { get; }

    public AgoraEmulatorOptions Account { get; }

    public EmulatedApp AgoraApp => Account.Apps[0];

    public FakeTimeProvider Time { get; }

    public WebApplication App { get; }

    public static string RandomHex() => Convert.ToHexString(RandomNumberGenerator.GetBytes(16)).ToLowerInvariant();

    /// <param name="changeSettings">Edits the server's settings (section Agora) before it is built.</param>
    /// <param name="enforceRateLimits">Turns on the emulator's rate limits.</param>
    /// <param name="environment">The host environment; the sample's demo sign-in runs only in Development.</param>
    public static async Task<SampleServer> StartAsync(Action<Dictionary<string, string?>>? changeSettings = null, bool enforceRateLimits = false, string environment = "Development")
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var account = new AgoraEmulatorOptions
        {
            CustomerId = RandomHex(),
            CustomerSecret = RandomHex(),
            TimeProvider = time,
            EnforceRateLimits = enforceRateLimits,
        };
        account.Apps.Add(new EmulatedApp(RandomHex(), RandomHex(), "Sample app"));
        AgoraEmulator emulator = await AgoraEmulator.StartAsync(account);

        var settings = new Dictionary<string, string?>
        {
            ["Agora:CustomerId"] = account.CustomerId,
            ["Agora:CustomerSecret"] = account.CustomerSecret,
            ["Agora:AppId"] = account.Apps[0].AppId,
            ["Agora:AppCertificate"] = account.Apps[0].Certificate,
            ["Agora:BaseAddress"] = emulator.BaseAddress.ToString(),
        };
        changeSettings?.Invoke(settings);

        WebApplication app;
        try
        {
            app = await ServerApp.BuildAsync(new[] { "--environment", environment }, builder =>
            {
                builder.WebHost.UseUrls("http://127.0.0.1:0");
                builder.Configuration.AddInMemoryCollection(settings);
                builder.Logging.ClearProviders();
            });
        }
        catch
        {
            await emulator.DisposeAsync();
            throw;
        }

        var server = new SampleServer(emulator, account, time, app);
        try
        {
            await app.StartAsync();
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }

        return server;
    }

    /// <summary>A client of the sample server, signed in as <paramref name="user"/> (or anonymous).</summary>
    public HttpClient Caller(string? user = null)
    {
        var http = new HttpClient { BaseAddress = new Uri(App.Urls.First()) };
        if (user is not null)
        {
            http.DefaultRequestHeaders.Add("X-Demo-User", user);
        }

        return http;
    }

    /// <summary>A client pointed at the emulator, as a client app would reach Agora.</summary>
    public HttpClient Agora() => new() { BaseAddress = Emulator.BaseAddress };

    public async ValueTask DisposeAsync()
    {
        await App.DisposeAsync();
        await Emulator.DisposeAsync();
    }
}
