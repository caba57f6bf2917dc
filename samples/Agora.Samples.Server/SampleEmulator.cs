using System.Security.Cryptography;
using Agora.Rest.Testing;

namespace Agora.Samples.Server;

/// <summary>
/// What the server runs against when no Agora settings are given: Agora.Rest.Testing's emulator with one project
/// and a busy channel, and an account and certificate made at random for this run.
/// </summary>
internal static class SampleEmulator
{
    /// <summary>Agora's public demo App ID (App IDs are not secret).</summary>
    private const string DemoAppId = "970CA35de60c44645bbae8a215061b33";

    /// <summary>Starts the emulator and returns the settings that point the server at it.</summary>
    public static async Task<(AgoraEmulator Emulator, Dictionary<string, string?> Settings)> StartAsync()
    {
        var account = new AgoraEmulatorOptions { CustomerId = RandomHex(), CustomerSecret = RandomHex() };
        string certificate = RandomHex();
        account.Apps.Add(new EmulatedApp(DemoAppId, certificate, "Demo project"));
        AgoraEmulator emulator = await AgoraEmulator.StartAsync(account);
        for (long uid = 100; uid < 104; uid++)
        {
            emulator.AddUser(DemoAppId, "stage", uid);
        }

        var settings = new Dictionary<string, string?>
        {
            ["Agora:CustomerId"] = account.CustomerId,
            ["Agora:CustomerSecret"] = account.CustomerSecret,
            ["Agora:AppId"] = DemoAppId,
            ["Agora:AppCertificate"] = certificate,
            ["Agora:BaseAddress"] = emulator.BaseAddress.ToString(),
        };
        return (emulator, settings);
    }

    private static string RandomHex() => Convert.ToHexString(RandomNumberGenerator.GetBytes(16)).ToLowerInvariant();
}
