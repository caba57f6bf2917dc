using System;
using System.Security.Cryptography;
using System.Threading.Tasks;
using Agora.Rest.Services.CloudRecording;
using Agora.Rest.Testing;

namespace Agora.Samples.ConsoleApp;

/// <summary>
/// The account the sample runs against when no Agora credentials are set: Agora.Rest.Testing's emulator with
/// one project, two busy channels and some Signaling logins, and credentials made at random for this run.
/// </summary>
internal static class SampleEmulator
{
    /// <summary>Agora's public demo App ID (App IDs are not secret).</summary>
    public const string DemoAppId = "970CA35de60c44645bbae8a215061b33";

    public static string CustomerId { get; } = RandomHex();

    public static string CustomerSecret { get; } = RandomHex();

    /// <summary>The demo project's App Certificate, which signs the RTC tokens the recorder and the agent join with.</summary>
    public static string AppCertificate { get; } = RandomHex();

    /// <summary>Cloud storage for recordings; the emulator only checks that the fields are there.</summary>
    public static StorageConfig Storage { get; } = new()
    {
        Vendor = StorageVendor.AmazonS3, Region = 0, Bucket = "sample-recordings", AccessKey = RandomHex(), SecretKey = RandomHex(),
    };

    /// <summary>The keys a Conversational AI agent calls its LLM and TTS vendors with; the emulator calls no vendor.</summary>
    public static AgentVendorKeys AgentKeys { get; } = new(LlmApiKey: RandomHex(), TtsKey: RandomHex());

    public static async Task<AgoraEmulator> StartAsync()
    {
        var options = new AgoraEmulatorOptions { CustomerId = CustomerId, CustomerSecret = CustomerSecret };
        options.Apps.Add(new EmulatedApp(DemoAppId, AppCertificate, "Demo project"));
        AgoraEmulator emulator = await AgoraEmulator.StartAsync(options);
        for (long uid = 1; uid <= 3; uid++)
        {
            emulator.AddUser(DemoAppId, "lobby", uid);
        }

        for (long uid = 100; uid < 112; uid++)
        {
            emulator.AddUser(DemoAppId, "stage", uid);
        }

        emulator.AddUserEvent(DemoAppId, "alice", loggedIn: true, DateTimeOffset.UtcNow.AddMinutes(-2));
        emulator.AddUserEvent(DemoAppId, "bob", loggedIn: true, DateTimeOffset.UtcNow.AddMinutes(-1));
        emulator.AddUserEvent(DemoAppId, "bob", loggedIn: false, DateTimeOffset.UtcNow);

        return emulator;
    }

    private static string RandomHex() => Convert.ToHexString(RandomNumberGenerator.GetBytes(16)).ToLowerInvariant();
}
