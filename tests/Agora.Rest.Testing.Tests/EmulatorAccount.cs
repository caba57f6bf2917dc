using System;
using System.Security.Cryptography;

namespace Agora.Rest.Testing.Tests;

/// <summary>Credentials and apps made at random for each test: nothing secret-looking is written in the tests.</summary>
internal static class EmulatorAccount
{
    public static string RandomHex(int bytes = 16) => Convert.ToHexString(RandomNumberGenerator.GetBytes(bytes)).ToLowerInvariant();

    public static AgoraEmulatorOptions Create(params string[] appNames)
    {
        var options = new AgoraEmulatorOptions { CustomerId = RandomHex(), CustomerSecret = RandomHex() };
        foreach (string name in appNames)
        {
            options.Apps.Add(new EmulatedApp(RandomHex(), RandomHex(), name));
        }

        return options;
    }
}
