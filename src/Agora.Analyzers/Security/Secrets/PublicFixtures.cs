using System;
using System.Collections.Generic;

namespace Agora.Analyzers.Security.Secrets;

/// <summary>
/// Agora's published test fixtures: the App IDs, App Certificates and other 32-hex test values of the test and sample
/// files of its token repositories (AgoraIO/Tools in every language, AgoraIO-Community's token servers) and its
/// documentation sources. They protect nothing, are copied into many projects' tests, and are never reported; nor is
/// a token built for one of these App IDs. The list with where each value comes from, and the test that keeps
/// the rules quiet on every one of them and on every published token:
/// tests/Agora.Analyzers.Tests/Secrets/Fixtures/public-fixtures.tsv.
/// </summary>
internal static class PublicFixtures
{
    private static readonly HashSet<string> HexValues = new(StringComparer.OrdinalIgnoreCase)
    {
        // AgoraIO/Tools: the fixture pair of every AccessToken2 and AccessToken test, in both cases, and its channel.
        "970CA35de60c44645bbae8a215061b33", "5CFd2fd1755d40ecb72977518be15d3b", "7d72365eb983485397e3e3f9d460bdda",
        // AgoraIO/Tools: the DynamicKey4 pair (C#), the PHP AccessToken pair, the App ID of the C# AccessToken2 test's
        // own token, and the other 32-hex test values (uids, salts, digests of the utility tests).
        "b9b595bcfd72479d894abe7a8cf0c37e", "3c481e60aac14b06a434a20e70de7c51",
        "3d76392019ca47599548a67ad27c9699", "386668c56db0499791d32264810c2a29",
        "f1dc778bddc646ad8f260976ca2d015c",
        "4815d52c4fd440bac35b981c12798774", "4e6b6670550a05bffb03a4cdd060b4ae", "5d41402abc4b2a76b9719d911017c592",
        "6063383428a36fba3fb6030becf8094e", "82539e1f3973bcfe3f0d0c8993e6c051", "900150983cd24fb0d6963f7d28e17f72",
        "e807f1fcf82d132f9bb018ca6738a19f",
        // AgoraIO-Community/agora-token-service: its tests', CI's and guide's values.
        "18c2dfa12345678987654321fb84931d", "12345712345678765432117b84ad9ef9",
        "6ce46dd303d54056a52f9a34c13c547e", "77be7e16f7482cef9fe796205b85831e",
        "2ec0d84c41c4442d88ba6f5a2beb828b",
        // Agora's documentation sources: the App IDs and certificate of their REST examples.
        "4855898a22ae4102a29b81ba76f2eae2", "80e54398fed94ae8a010acf782f569b7", "876922cbca0098dff4323566daa89675",
        "9d2498880e934632b38b0a68fa2f1622", "eb00cd2b222a4eeaa24fc6046d90b227", "2c01da6d6f6741df88ec47005f08572b",
        // Agora's documentation sources: the App ID of the chat token server guide's example token.
        "38a7d3fb783b40839ce1df8f7744f33b",
    };

    /// <summary>Whether <paramref name="value"/> is one of the published 32-hex fixtures, in any case.</summary>
    public static bool IsFixture(string value) => value.Length == 32 && HexValues.Contains(value);

}
