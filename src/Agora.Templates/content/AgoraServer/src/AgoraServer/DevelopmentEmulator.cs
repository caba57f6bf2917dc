using System.Security.Cryptography;
using Agora.Rest.Testing;

namespace AgoraServer;

/// <summary>
/// Lets the server run with no Agora account: in Development, when none of the Agora settings is given, it starts
/// Agora.Rest.Testing's offline emulator with an account and certificate made at random for this run, and points the
/// server at it. Elsewhere missing settings stop the server instead, so Agora is never quietly swapped out.
/// </summary>
internal static class DevelopmentEmulator
{
    private static readonly string[] AgoraKeys = ["CustomerId", "CustomerSecret", "AppId", "AppCertificate"];

    public static async Task<AgoraEmulator?> StartIfUnconfiguredAsync(WebApplicationBuilder builder)
    {
        IConfigurationSection agora = builder.Configuration.GetSection("Agora");
        if (!builder.Environment.IsDevelopment() || !AgoraKeys.All(key => string.IsNullOrEmpty(agora[key])))
        {
            return null;
        }

        var account = new AgoraEmulatorOptions { CustomerId = RandomHex(), CustomerSecret = RandomHex() };
        var app = new EmulatedApp(RandomHex(), RandomHex(), "Development project");
        account.Apps.Add(app);
        AgoraEmulator emulator = await AgoraEmulator.StartAsync(account);
        // A channel with people in it, so GET /api/channels has something to show.
        for (long uid = 100; uid < 103; uid++)
        {
            emulator.AddUser(app.AppId, "lobby", uid);
        }

        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Agora:CustomerId"] = account.CustomerId,
            ["Agora:CustomerSecret"] = account.CustomerSecret,
            ["Agora:AppId"] = app.AppId,
            ["Agora:AppCertificate"] = app.Certificate,
            ["Agora:BaseAddress"] = emulator.BaseAddress.ToString(),
        });
        return emulator;
    }

    private static string RandomHex() => Convert.ToHexString(RandomNumberGenerator.GetBytes(16)).ToLowerInvariant();
}
