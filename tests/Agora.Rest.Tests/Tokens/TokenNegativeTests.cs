using System;
using System.Buffers.Binary;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using Agora.Rest.Tokens;
using static Agora.Rest.Tests.Tokens.OfficialVectors;

namespace Agora.Rest.Tests.Tokens;

/// <summary>Agora's negative cases, and the signing chain checked independently of the library.</summary>
public sealed class TokenNegativeTests
{
    [Theory]
    [InlineData("006invalid", "legacy AccessToken (006)")]
    [InlineData("007invalid", "not valid base64")]
    [InlineData("007aW52YWxpZA==", "not a valid zlib stream")]
    [InlineData("00", "starts with \"007\"")]
    [InlineData("", "starts with \"007\"")]
    public void Official_negative_cases_fail_with_a_clear_FormatException(string token, string expected)
    {
        var error = Assert.Throws<FormatException>(() => AccessToken2.Parse(token));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.False(AccessToken2.TryParse(token, out AccessToken2? parsed));
        Assert.Null(parsed);
    }

    [Fact]
    public void Null_is_an_ArgumentNullException_for_Parse_and_false_for_TryParse()
    {
        Assert.Throws<ArgumentNullException>(() => AccessToken2.Parse(null!));
        Assert.False(AccessToken2.TryParse(null, out _));
    }

    [Fact]
    public void Verification_refuses_a_malformed_certificate_rather_than_answering_false()
    {
        AccessToken2 token = AccessToken2.Parse(RtcUid[0]);

        Assert.Throws<ArgumentException>(() => token.VerifySignature("not-a-certificate"));
    }

    [Fact]
    public void The_documented_key_chain_signs_the_official_content()
    {
        byte[] content = TokenBytes.Inflate(RtcUid[1]);
        byte[] k1 = Hmac(LittleEndian(IssueTimestamp), Encoding.ASCII.GetBytes(AppCertificate));
        byte[] k2 = Hmac(LittleEndian(Salt), k1);

        Assert.Equal("e0f6141e54329d72102500478ec18e0020a5eeef53bbcccc442c6c2f7f178251", TokenBytes.Hex(k1));
        Assert.Equal("cee2fa8dcbe868c30ca8c959d97fad4a5049c634da48449f1b8f59c14fa61073", TokenBytes.Hex(k2));
        Assert.Equal(content.AsSpan(2, 32).ToArray(), Hmac(k2, content.AsSpan(34).ToArray()));
    }

    [Fact]
    public void An_unknown_service_ends_the_list_but_the_signature_still_verifies()
    {
        byte[] content = TokenBytes.Inflate(RtcUid[1]);
        byte[] signingInfo = content.AsSpan(34).ToArray();
        int countOffset = 2 + 32 + 12;
        BinaryPrimitives.WriteUInt16LittleEndian(signingInfo.AsSpan(countOffset), 2);
        byte[] unknown = { 0xE7, 0x03, 0x05, 0x00, 0xDE, 0xAD };
        byte[] extended = signingInfo.Concat(unknown).ToArray();
        byte[] k2 = Hmac(LittleEndian(Salt), Hmac(LittleEndian(IssueTimestamp), Encoding.ASCII.GetBytes(AppCertificate)));
        byte[] rebuilt = new byte[] { 0x20, 0x00 }.Concat(Hmac(k2, extended)).Concat(extended).ToArray();

        AccessToken2 token = AccessToken2.Parse(TokenBytes.Deflate(rebuilt));

        Assert.IsType<RtcService>(Assert.Single(token.Services));
        Assert.True(token.VerifySignature(AppCertificate));
    }

    [Fact]
    public void A_changed_byte_anywhere_in_the_signed_content_fails_verification()
    {
        byte[] content = TokenBytes.Inflate(RtcUid[1]);
        int parsed = 0;
        for (int i = 34; i < content.Length; i++)
        {
            byte[] tampered = (byte[])content.Clone();
            tampered[i] ^= 0x01;
            if (AccessToken2.TryParse(TokenBytes.Deflate(tampered), out AccessToken2? token))
            {
                parsed++;
                Assert.False(token.VerifySignature(AppCertificate), $"byte {i} changed yet the signature verified");
            }
        }

        // Most single-bit changes (expiries, salt, channel text) still parse, so verification is what caught them.
        Assert.True(parsed > (content.Length - 34) / 2, $"only {parsed} tampered tokens parsed");
    }

    [Fact]
    public void A_wrong_checksum_a_missing_one_or_data_after_the_stream_is_refused()
    {
        byte[] compressed = Convert.FromBase64String(RtcUid[1].Substring(3));
        byte[] badChecksum = (byte[])compressed.Clone();
        badChecksum[^1] ^= 0xFF;
        byte[] missing = compressed.AsSpan(0, compressed.Length - 4).ToArray();
        byte[] trailing = compressed.Concat(new byte[] { 1, 2, 3 }).ToArray();

        foreach (byte[] bytes in new[] { badChecksum, missing, trailing })
        {
            Assert.Throws<FormatException>(() => AccessToken2.Parse("007" + Convert.ToBase64String(bytes)));
        }
    }

    [Fact]
    public void Content_of_exactly_the_limit_parses_and_one_byte_more_does_not()
    {
        byte[] content = TokenBytes.Inflate(RtcUid[1]);
        byte[] atLimit = content.Concat(new byte[65_536 - content.Length]).ToArray();
        byte[] overLimit = atLimit.Append((byte)0).ToArray();

        Assert.Equal(AppId, AccessToken2.Parse(TokenBytes.Deflate(atLimit)).AppId);
        Assert.Throws<FormatException>(() => AccessToken2.Parse(TokenBytes.Deflate(overLimit)));
    }

    [Fact]
    public void Privileges_in_any_order_and_number_are_read_sorted()
    {
        var builder = new System.Collections.Generic.List<byte>();
        void U16(int value) => builder.AddRange(BitConverter.GetBytes((ushort)value));
        void U32(uint value) => builder.AddRange(BitConverter.GetBytes(value));
        void Str(string value)
        {
            U16(value.Length);
            builder.AddRange(Encoding.UTF8.GetBytes(value));
        }

        Str(AppId);
        U32(IssueTimestamp);
        U32(600);
        U32(Salt);
        U16(1);
        U16(2);
        U16(10_000);
        for (int key = 9_999; key >= 0; key--)
        {
            U16(key);
            U32((uint)key);
        }

        Str(UserId);
        byte[] signingInfo = builder.ToArray();
        byte[] content = new byte[] { 0x20, 0x00 }.Concat(new byte[32]).Concat(signingInfo).ToArray();

        var rtm = (RtmService)AccessToken2.Parse(TokenBytes.Deflate(content)).Services.Single();

        Assert.Equal(10_000, rtm.Privileges.Count);
        Assert.Equal(Enumerable.Range(0, 10_000).Select(k => (ushort)k), rtm.Privileges.Select(p => p.Key));
        Assert.Equal(UserId, rtm.UserId);
    }

    [Theory]
    [InlineData("006ZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZIACV0fZUBw+72cVoL9eyGGh3Q6Poi8bgjwVLnyKSJyOXR7dIfRBXoFHlEAABAAAAR/QQAAEAAQCvKDdW")]
    [InlineData("006970CA35de60c44645bbae8a215061b3\nIACV0fZUBw+72cVoL9eyGGh3Q6Poi8bgjwVLnyKSJyOXR7dIfRBXoFHlEAABAAAAR/QQAAEAAQCvKDdW")]
    public void A_legacy_token_whose_app_id_is_not_hex_is_refused(string token)
    {
        Assert.Throws<FormatException>(() => AccessToken.Parse(token));
    }

    private static byte[] Hmac(byte[] key, byte[] data) => HMACSHA256.HashData(key, data);

    private static byte[] LittleEndian(uint value)
    {
        byte[] bytes = new byte[4];
        BinaryPrimitives.WriteUInt32LittleEndian(bytes, value);
        return bytes;
    }
}
