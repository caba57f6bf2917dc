using System;
using Agora.Rest.Testing;

namespace Agora.Rest.Services.Tests.Infrastructure;

/// <summary>An emulator account for one test: customer credentials made at random, and Agora's public test app.</summary>
public static class TestAccount
{
    /// <summary>Agora's published test App ID.</summary>
    public const string AppId = "970CA35de60c44645bbae8a215061b33";

    /// <summary>Agora's published test App Certificate.</summary>
    public const string AppCertificate = "5CFd2fd1755d40ecb72977518be15d3b";

    /// <summary>Options with random customer credentials and the test app, on <paramref name="clock"/> when given.</summary>
    public static AgoraEmulatorOptions New(TimeProvider? clock = null, string appName = "Emulated")
    {
        var account = new AgoraEmulatorOptions
        {
            CustomerId = Guid.NewGuid().ToString("N"),
            CustomerSecret = Guid.NewGuid().ToString("N"),
        };
        if (clock is not null)
        {
            account.TimeProvider = clock;
        }

        account.Apps.Add(new EmulatedApp(AppId, AppCertificate, appName));
        return account;
    }
}
