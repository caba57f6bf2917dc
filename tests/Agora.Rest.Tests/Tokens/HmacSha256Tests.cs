using System;
using System.Security.Cryptography;
using System.Text;
using Agora.Rest.Tokens.Format;

namespace Agora.Rest.Tests.Tokens;

/// <summary>The token signer's HMAC-SHA256 against RFC 4231 and, on random inputs, the platform's.</summary>
public sealed class HmacSha256Tests
{
    [Theory]
    [InlineData("0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b", "4869205468657265", "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7")]
    [InlineData("4a656665", "7768617420646f2079612077616e7420666f72206e6f7468696e673f", "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843")]
    [InlineData(
        "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
        "54657374205573696e67204c6172676572205468616e20426c6f636b2d53697a65204b6579202d2048617368204b6579204669727374",
        "60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54")]
    public void Rfc4231_vectors(string keyHex, string dataHex, string expectedHex)
    {
        byte[] output = new byte[32];

        HmacSha256.Compute(Convert.FromHexString(keyHex), Convert.FromHexString(dataHex), output);

        Assert.Equal(expectedHex, Convert.ToHexString(output).ToLowerInvariant());
    }

    [Theory]
    [InlineData("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")]
    [InlineData("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")]
    [InlineData("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq", "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")]
    public void Fips180_vectors(string message, string expectedHex)
    {
        byte[] output = new byte[32];

        HmacSha256.Hash(Encoding.ASCII.GetBytes(message), output);

        Assert.Equal(expectedHex, Convert.ToHexString(output).ToLowerInvariant());
    }

    [Fact]
    public void Random_keys_and_messages_match_the_platform_across_block_boundaries()
    {
        var random = new Random(180);
        byte[] ours = new byte[32];
        for (int i = 0; i < 3000; i++)
        {
            byte[] key = new byte[random.Next(0, 150)];
            byte[] data = new byte[i < 300 ? i : random.Next(0, 600)];
            random.NextBytes(key);
            random.NextBytes(data);

            HmacSha256.Compute(key, data, ours);

            Assert.Equal(HMACSHA256.HashData(key, data), ours);
        }
    }
}
