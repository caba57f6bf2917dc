using System;
using System.Linq;
using Agora.Rest.Tokens;
using static Agora.Rest.Tests.Tokens.OfficialVectors;

namespace Agora.Rest.Tests.Tokens;

/// <summary>
/// Parsing hostile input: truncations, flipped characters and bytes, random base64. The only exception
/// allowed is <see cref="FormatException"/>; TryParse never throws. Seeds are fixed so failures reproduce.
/// </summary>
public sealed class TokenFuzzTests
{
    private const string Base64Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=";

    private static readonly string[] Seeds = RtcUid.Concat(OfficialVectors.Rtm).Concat(RepeatedServices)
        .Append(MultiPython).Append(ExtendedServices).Append(ApaasRoomUser).ToArray();

    [Fact]
    public void Every_truncation_of_every_seed_fails_only_with_FormatException()
    {
        int parsed = 0;
        foreach (string seed in Seeds.Append(Legacy))
        {
            for (int length = 0; length < seed.Length; length++)
            {
                parsed += ParseBoth(seed.Substring(0, length));
            }
        }

        Assert.True(parsed < Seeds.Length * 4, $"{parsed} truncated tokens parsed; truncation should almost always be detected");
    }

    [Fact]
    public void Flipped_characters_fail_only_with_FormatException()
    {
        var random = new Random(20261128);
        for (int i = 0; i < 4000; i++)
        {
            char[] token = Seeds[random.Next(Seeds.Length)].ToCharArray();
            int flips = 1 + random.Next(3);
            for (int f = 0; f < flips; f++)
            {
                token[3 + random.Next(token.Length - 3)] = Base64Alphabet[random.Next(Base64Alphabet.Length)];
            }

            ParseBoth(new string(token));
        }
    }

    [Fact]
    public void Mutated_content_recompressed_fails_only_with_FormatException_and_never_verifies()
    {
        var random = new Random(7);
        int parsed = 0;
        for (int i = 0; i < 4000; i++)
        {
            byte[] content = TokenBytes.Inflate(Seeds[random.Next(Seeds.Length)]);
            byte[] mutated = Mutate(content, random);
            string token = TokenBytes.Deflate(mutated);

            try
            {
                AccessToken2 token2 = AccessToken2.Parse(token);
                parsed++;
                if (!mutated.SequenceEqual(content))
                {
                    Assert.False(token2.VerifySignature(AppCertificate), $"mutation {i} verified");
                }
            }
            catch (FormatException)
            {
            }
        }

        // Bit flips and appended bytes mostly still parse, so verification did the refusing.
        Assert.True(parsed > 1000, $"only {parsed} of 4000 mutations parsed");
    }

    [Fact]
    public void Random_base64_fails_only_with_FormatException()
    {
        var random = new Random(42);
        for (int i = 0; i < 3000; i++)
        {
            byte[] bytes = new byte[random.Next(0, 300)];
            random.NextBytes(bytes);
            if (bytes.Length > 2 && random.Next(2) == 0)
            {
                bytes[0] = 0x78;
                bytes[1] = 0x9C;
            }

            string body = Convert.ToBase64String(bytes);
            ParseBoth("007" + body);
            ParseBoth("006" + AppId + body);
        }
    }

    [Fact]
    public void A_compressed_bomb_is_refused_without_inflating_it_all()
    {
        string bomb = TokenBytes.Deflate(new byte[4 * 1024 * 1024]);

        var error = Assert.Throws<FormatException>(() => AccessToken2.Parse(bomb));

        Assert.Contains("inflates to more than", error.Message, StringComparison.Ordinal);
    }

    private static byte[] Mutate(byte[] content, Random random)
    {
        byte[] copy = (byte[])content.Clone();
        switch (random.Next(4))
        {
            case 0:
                copy[random.Next(copy.Length)] ^= (byte)(1 << random.Next(8));
                return copy;
            case 1:
                return copy.AsSpan(0, random.Next(copy.Length)).ToArray();
            case 2:
                int at = random.Next(copy.Length - 1);
                copy[at] = 0xFF;
                copy[at + 1] = 0xFF;
                return copy;
            default:
                byte[] extra = new byte[random.Next(1, 40)];
                random.NextBytes(extra);
                return copy.Concat(extra).ToArray();
        }
    }

    /// <summary>Parses with both formats; TryParse must agree with Parse. Returns how many parses succeeded.</summary>
    private static int ParseBoth(string token)
    {
        bool accessToken2 = Succeeds(() => AccessToken2.Parse(token));
        bool accessToken = Succeeds(() => AccessToken.Parse(token));

        Assert.Equal(accessToken2, AccessToken2.TryParse(token, out _));
        Assert.Equal(accessToken, AccessToken.TryParse(token, out _));
        return (accessToken2 ? 1 : 0) + (accessToken ? 1 : 0);
    }

    private static bool Succeeds(Action parse)
    {
        try
        {
            parse();
            return true;
        }
        catch (FormatException)
        {
            return false;
        }
    }
}
