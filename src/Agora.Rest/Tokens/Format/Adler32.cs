using System;

namespace Agora.Rest.Tokens.Format;

/// <summary>The Adler-32 checksum that ends every zlib stream (RFC 1950 §8.2).</summary>
internal static class Adler32
{
    public static uint Compute(ReadOnlySpan<byte> data)
    {
        const uint Modulus = 65521;
        uint a = 1, b = 0;
        foreach (byte value in data)
        {
            a += value;
            if (a >= Modulus)
            {
                a -= Modulus;
            }

            b += a;
            if (b >= Modulus)
            {
                b -= Modulus;
            }
        }

        return (b << 16) | a;
    }
}
