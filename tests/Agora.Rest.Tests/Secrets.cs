using System;
using System.Security.Cryptography;

namespace Agora.Rest.Tests;

/// <summary>Credentials made fresh for each test, shaped like Agora's (32 hex characters).</summary>
public static class Secrets
{
    public static string RandomHex(int length = 32) => Convert.ToHexString(RandomNumberGenerator.GetBytes(length / 2)).ToLowerInvariant();

    public static string RandomToken() => "007eJxT" + Convert.ToBase64String(RandomNumberGenerator.GetBytes(96)).Replace("=", string.Empty);

    public static string ExpectedBasic(string id, string secret) =>
        "Basic " + Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(id + ":" + secret));
}
