using System;
using System.Buffers.Binary;

namespace Agora.Rest.Tokens.Format;

/// <summary>The HMAC-SHA256 computations of both token versions.</summary>
internal static class TokenSigning
{
    public const int SignatureLength = 32;

    /// <summary>
    /// AccessToken2: k1 = HMAC(u32le(issueTs), certificate ASCII); k2 = HMAC(u32le(salt), k1);
    /// signature = HMAC(k2, signingInfo).
    /// </summary>
    public static void SignAccessToken2(string appCertificate, uint issueTimestamp, uint salt, ReadOnlySpan<byte> signingInfo, Span<byte> signature)
    {
        Span<byte> certificate = stackalloc byte[TokenInputs.CertificateLength];
        AsciiBytes(appCertificate, certificate);

        Span<byte> key = stackalloc byte[4];
        Span<byte> k1 = stackalloc byte[SignatureLength];
        Span<byte> k2 = stackalloc byte[SignatureLength];
        BinaryPrimitives.WriteUInt32LittleEndian(key, issueTimestamp);
        HmacSha256.Compute(key, certificate, k1);
        BinaryPrimitives.WriteUInt32LittleEndian(key, salt);
        HmacSha256.Compute(key, k1, k2);
        HmacSha256.Compute(k2, signingInfo, signature);

        // Nothing derived from the certificate stays behind on the stack.
        certificate.Clear();
        k1.Clear();
        k2.Clear();
    }

    /// <summary>AccessToken (006): HMAC(certificate ASCII, message).</summary>
    public static void SignAccessToken(string appCertificate, ReadOnlySpan<byte> message, Span<byte> signature)
    {
        Span<byte> certificate = stackalloc byte[TokenInputs.CertificateLength];
        AsciiBytes(appCertificate, certificate);
        HmacSha256.Compute(certificate, message, signature);
        certificate.Clear();
    }

    // The certificate is signed as its 32 ASCII characters, not as the 16 bytes they spell in hex.
    private static void AsciiBytes(string validatedHex, Span<byte> destination)
    {
        for (int i = 0; i < destination.Length; i++)
        {
            destination[i] = (byte)validatedHex[i];
        }
    }

    /// <summary>Compares without an early exit, so timing says nothing about where a forged signature differs.</summary>
    public static bool FixedTimeEquals(ReadOnlySpan<byte> left, ReadOnlySpan<byte> right)
    {
#if NET5_0_OR_GREATER
        return System.Security.Cryptography.CryptographicOperations.FixedTimeEquals(left, right);
#else
        if (left.Length != right.Length)
        {
            return false;
        }

        int difference = 0;
        for (int i = 0; i < left.Length; i++)
        {
            difference |= left[i] ^ right[i];
        }

        return difference == 0;
#endif
    }
}
