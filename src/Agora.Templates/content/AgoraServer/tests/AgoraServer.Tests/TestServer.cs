using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using Agora.Rest.Testing;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace AgoraServer.Tests;

/// <summary>
/// The offline Agora emulator with an account made at random for each test, and the server on 127.0.0.1 configured
/// against it: every hop is real HTTP, and no credential is written anywhere.
/// </summary>
public sealed class TestServer : IAsyncDisposable
{
    private TestServer(AgoraEmulator emulator, AgoraEmulatorOptions account, WebApplication app)
    {
        Emulator = emulator;
        Account = account;
        App = app;
    }

    public AgoraEmulator Emulator { get; }

    public AgoraEmulatorOptions Account { get; }

    public EmulatedApp AgoraApp => Account.Apps[0];

    public WebApplication App { get; }

    public static string RandomHex() => Convert.ToHexString(RandomNumberGenerator.GetBytes(16)).ToLowerInvariant();

    /// <param name="changeSettings">Edits the server's settings (section Agora) before it is built.</param>
    public static async Task<TestServer> StartAsync(Action<Dictionary<string, string?>>? changeSettings = null)
    {
        var account = new AgoraEmulatorOptions { CustomerId = RandomHex(), CustomerSecret = RandomHex() };
        account.Apps.Add(new EmulatedApp(RandomHex(), RandomHex(), "Test project"));
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
        try
        {
            WebApplication app = await ServerApp.BuildAsync(["--environment", "Development"], builder =>
            {
                builder.WebHost.UseUrls("http://127.0.0.1:0");
                builder.Configuration.AddInMemoryCollection(settings);
                builder.Logging.ClearProviders();
            });
            await app.StartAsync();
            return new TestServer(emulator, account, app);
        }
        catch
        {
            await emulator.DisposeAsync();
            throw;
        }
    }

    /// <summary>A caller that has not signed in.</summary>
    public HttpClient Anonymous() => new() { BaseAddress = new Uri(App.Urls.First()) };

    /// <summary>A caller signed in as <paramref name="user"/> through the server's sign-in, sending its bearer token.</summary>
    public async Task<HttpClient> SignedInAsync(string user)
    {
        HttpClient http = Anonymous();
        using HttpResponseMessage response = await http.PostAsJsonAsync("/dev/sign-in", new { user });
        response.EnsureSuccessStatusCode();
        AccessTokenResponse? signedIn = await response.Content.ReadFromJsonAsync<AccessTokenResponse>();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", signedIn!.AccessToken);
        return http;
    }

    public async ValueTask DisposeAsync()
    {
        await App.DisposeAsync();
        await Emulator.DisposeAsync();
    }
}
