using System;
using System.Buffers.Binary;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using Agora.Rest.Benchmarks.Interleaved;
using Agora.Rest.Tokens;

namespace Agora.Rest.Benchmarks.Tokens;

/// <summary>
/// token-cost [rounds]: the AccessToken2 signature (three chained HMAC-SHA256) and Parse + VerifySignature, per HMAC
/// implementation, in interleaved rounds in one process. The candidates are in this project (<see cref="TodaySoftwareHmac"/>,
/// the software HMAC before the unrolled one, and <see cref="PlatformPadHmac"/>); "src" is the library as built, whatever
/// it ships (the unrolled software SHA-256 that was candidate B).
/// </summary>
internal static class TokenCostHarness
{
    // Agora's public test fixtures.
    private const string AppId = "970CA35de60c44645bbae8a215061b33";
    private const string AppCertificate = "5CFd2fd1755d40ecb72977518be15d3b";

    private delegate void Hmac(ReadOnlySpan<byte> key, ReadOnlySpan<byte> data, Span<byte> destination);

    public static void Run(int rounds)
    {
        string token = RtmTokenBuilder2.BuildToken(AppId, AppCertificate, "test_user", 600, new TokenIssue(1111111, 1));
        AccessToken2 parsed = AccessToken2.Parse(token);
        byte[] signingInfo = SigningInfo(parsed);
        byte[] signature = Signature(parsed);
        Console.WriteLine($"RTM token: {token.Length} characters, {signingInfo.Length} signed bytes");

        var candidates = new (string Name, Hmac Hmac)[]
        {
            ("today: software HMAC", TodaySoftwareHmac.Compute),
            ("A: platform SHA256.HashData over pad blocks", PlatformPadHmac.Compute),
            ("A2: platform IncrementalHash reused per thread", PlatformPadHmac.ComputeReused),
        };

        // Every candidate must give the platform's HMAC before anything is timed.
        CheckAgainstPlatform(candidates);

        var signatureVariants = new List<Variant>();
        var parseVerifyVariants = new List<Variant>();
        foreach ((string name, Hmac hmac) in candidates)
        {
            signatureVariants.Add(new Variant(name, () => Verify(hmac, parsed.IssueTimestamp, parsed.Salt, signingInfo, signature)));
            parseVerifyVariants.Add(new Variant(name, () =>
            {
                AccessToken2 t = AccessToken2.Parse(token);
                return Verify(hmac, t.IssueTimestamp, t.Salt, SigningInfoField(t), SignatureField(t));
            }));
        }

        signatureVariants.Add(new Variant("src: AccessToken2.VerifySignature", () => parsed.VerifySignature(AppCertificate)));
        parseVerifyVariants.Add(new Variant("src: AccessToken2.Parse + VerifySignature", () => AccessToken2.Parse(token).VerifySignature(AppCertificate)));

        RatioTable.Print("AccessToken2 signature check (3 chained HMAC-SHA256 + compare)", signatureVariants, InterleavedRounds.Measure(signatureVariants, rounds, InterleavedRounds.DefaultSlice));
        RatioTable.Print("AccessToken2.Parse + signature check", parseVerifyVariants, InterleavedRounds.Measure(parseVerifyVariants, rounds, InterleavedRounds.DefaultSlice));
    }

    // TokenSigning.SignAccessToken2 with the HMAC swapped, and the fixed-time compare of VerifySignature.
    private static bool Verify(Hmac hmac, uint issueTimestamp, uint salt, ReadOnlySpan<byte> signingInfo, ReadOnlySpan<byte> signature)
    {
        Span<byte> certificate = stackalloc byte[32];
        for (int i = 0; i < certificate.Length; i++)
        {
            certificate[i] = (byte)AppCertificate[i];
        }

        Span<byte> key = stackalloc byte[4];
        Span<byte> k1 = stackalloc byte[32];
        Span<byte> k2 = stackalloc byte[32];
        Span<byte> expected = stackalloc byte[32];
        BinaryPrimitives.WriteUInt32LittleEndian(key, issueTimestamp);
        hmac(key, certificate, k1);
        BinaryPrimitives.WriteUInt32LittleEndian(key, salt);
        hmac(key, k1, k2);
        hmac(k2, signingInfo, expected);
        certificate.Clear();
        k1.Clear();
        k2.Clear();
        return CryptographicOperations.FixedTimeEquals(expected, signature);
    }

    private static void CheckAgainstPlatform((string Name, Hmac Hmac)[] candidates)
    {
        var random = new Random(4231);
        byte[] output = new byte[32];
        for (int i = 0; i < 2000; i++)
        {
            byte[] key = new byte[random.Next(0, 150)];
            byte[] data = new byte[i < 700 ? i : random.Next(0, 1200)];
            random.NextBytes(key);
            random.NextBytes(data);
            byte[] expected = HMACSHA256.HashData(key, data);
            foreach ((string name, Hmac hmac) in candidates)
            {
                hmac(key, data, output);
                if (!output.AsSpan().SequenceEqual(expected))
                {
                    throw new InvalidOperationException($"{name} differs from the platform HMAC (key {key.Length} B, data {data.Length} B).");
                }
            }
        }
    }

    private static byte[] SigningInfo(AccessToken2 token) => SigningInfoField(token);

    private static byte[] Signature(AccessToken2 token) => SignatureField(token);

    // The parsed token's own signed bytes and signature, read as VerifySignature reads them.
    [UnsafeAccessor(UnsafeAccessorKind.Field, Name = "_signingInfo")]
    private static extern ref byte[] SigningInfoField(AccessToken2 token);

    [UnsafeAccessor(UnsafeAccessorKind.Field, Name = "_signature")]
    private static extern ref byte[] SignatureField(AccessToken2 token);
}
