using System;
using System.Security.Cryptography;
using System.Text;
using Agora.Rest.Tokens;

namespace Agora.Analyzers.Tests.Secrets;

/// <summary>Fresh credential-shaped values for each test, so no test source holds a real-looking secret.</summary>
internal static class RandomSecrets
{
    public static string Hex32() => Convert.ToHexString(RandomNumberGenerator.GetBytes(16)).ToLowerInvariant();

    public static string Basic(string id, string secret) => Convert.ToBase64String(Encoding.UTF8.GetBytes(id + ":" + secret));

    public static string AccessToken2() => RtmTokenBuilder2.BuildToken(Hex32(), Hex32(), "user-" + Hex32()[..6], 3600);
}
