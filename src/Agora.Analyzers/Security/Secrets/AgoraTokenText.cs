using System;
using System.IO;
using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;

namespace Agora.Analyzers.Security.Secrets;

/// <summary>
/// Recognises AccessToken2 (<c>007</c> + base64(zlib(content))) and legacy AccessToken (<c>006</c> + App ID +
/// base64(content)) strings inside text, confirmed by decoding their structure, not by their prefix alone.
/// Tokens built for an App ID of Agora's published fixtures are test vectors and are not reported.
/// </summary>
internal static class AgoraTokenText
{
    private const int SignatureLength = 32;
    private const int AppIdLength = 32;

    // A zlib header is 78 then 01, 5E, 9C or DA by compression level, which encode as "eA", "eF", "eJ" (the default)
    // and "eN": Agora's builders in different languages compress at different levels.
    private static readonly Regex Token2 = new(@"007(e[AFJN][A-Za-z0-9+/]{30,}={0,2})", RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(200));

    private static readonly Regex Token1 = new(@"006([0-9a-fA-F]{32})([A-Za-z0-9+/]{30,}={0,2})", RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(200));

    /// <summary>Whether the text contains a token that decodes as one.</summary>
    public static bool ContainsToken(string text)
    {
        if (text.Length < 40 || (text.IndexOf("007e", StringComparison.Ordinal) < 0 && text.IndexOf("006", StringComparison.Ordinal) < 0))
        {
            return false;
        }

        try
        {
            foreach (Match match in Token2.Matches(text))
            {
                if (IsAccessToken2Body(match.Groups[1].Value))
                {
                    return true;
                }
            }

            foreach (Match match in Token1.Matches(text))
            {
                if (!PublicFixtures.IsFixture(match.Groups[1].Value) && IsLegacyBody(match.Groups[2].Value))
                {
                    return true;
                }
            }
        }
        catch (RegexMatchTimeoutException)
        {
        }

        return false;
    }

    /// <summary>Whether the text starts like an AccessToken2 or a legacy AccessToken, whether or not it decodes.</summary>
    public static bool HasTokenPrefix(string text)
    {
        string trimmed = text.TrimStart();
        return trimmed.StartsWith("007e", StringComparison.Ordinal) || trimmed.StartsWith("006", StringComparison.Ordinal) && trimmed.Length > 3 + AppIdLength;
    }

    // signature (u16 length 32 + bytes) ‖ App ID (u16 length 32 + hex) ‖ issued, expire, salt (u32) ‖ u16 services
    private static bool IsAccessToken2Body(string base64)
    {
        byte[]? compressed = Decode(base64);
        if (compressed is null || compressed.Length < 3)
        {
            return false;
        }

        byte[]? content = Inflate(compressed);
        if (content is null || content.Length < 2 + SignatureLength + 2 + AppIdLength + 14)
        {
            return false;
        }

        if (ReadUInt16(content, 0) != SignatureLength || ReadUInt16(content, 2 + SignatureLength) != AppIdLength)
        {
            return false;
        }

        string appId = Encoding.ASCII.GetString(content, 4 + SignatureLength, AppIdLength);
        return SecretValues.IsHex32(appId) && !PublicFixtures.IsFixture(appId);
    }

    // signature (u16 length + bytes) ‖ crc32(channel) ‖ crc32(uid) ‖ message (u16 length + salt, expire, privileges)
    private static bool IsLegacyBody(string base64)
    {
        byte[]? body = Decode(base64);
        if (body is null || body.Length < 2)
        {
            return false;
        }

        int signature = ReadUInt16(body, 0);
        int messageAt = 2 + signature + 8;
        if (signature == 0 || body.Length < messageAt + 2)
        {
            return false;
        }

        int message = ReadUInt16(body, messageAt);
        return message >= 10 && body.Length == messageAt + 2 + message;
    }

    private static byte[]? Decode(string base64)
    {
        if (base64.Length % 4 != 0)
        {
            return null;
        }

        try
        {
            return Convert.FromBase64String(base64);
        }
        catch (FormatException)
        {
            return null;
        }
    }

    // zlib = 2-byte header, raw deflate, adler32; the header is checked, the trailer is not needed here.
    // Reads at most 64 KB: tokens are small, and source text must not make the analyzer inflate a bomb.
    private static byte[]? Inflate(byte[] compressed)
    {
        if ((compressed[0] & 0x0F) != 8 || ((compressed[0] << 8) | compressed[1]) % 31 != 0)
        {
            return null;
        }

        try
        {
            using var input = new MemoryStream(compressed, 2, compressed.Length - 2);
            using var deflate = new DeflateStream(input, CompressionMode.Decompress);
            using var output = new MemoryStream();
            var buffer = new byte[4096];
            int read;
            while ((read = deflate.Read(buffer, 0, buffer.Length)) > 0)
            {
                output.Write(buffer, 0, read);
                if (output.Length > 64 * 1024)
                {
                    return null;
                }
            }

            return output.ToArray();
        }
        catch (InvalidDataException)
        {
            return null;
        }
    }

    private static int ReadUInt16(byte[] bytes, int offset) => bytes[offset] | (bytes[offset + 1] << 8);
}
