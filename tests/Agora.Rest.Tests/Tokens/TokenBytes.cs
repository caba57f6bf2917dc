using System;
using System.IO;
using System.IO.Compression;

namespace Agora.Rest.Tests.Tokens;

/// <summary>Test-side decoding with the BCL directly, independent of the library's own token code.</summary>
public static class TokenBytes
{
    public static byte[] Inflate(string token)
    {
        byte[] compressed = Convert.FromBase64String(token.Substring(3));
        using var input = new MemoryStream(compressed);
        using var zlib = new ZLibStream(input, CompressionMode.Decompress);
        using var output = new MemoryStream();
        zlib.CopyTo(output);
        return output.ToArray();
    }

    public static string Deflate(byte[] content)
    {
        using var output = new MemoryStream();
        using (var zlib = new ZLibStream(output, CompressionLevel.Optimal))
        {
            zlib.Write(content);
        }

        return "007" + Convert.ToBase64String(output.ToArray());
    }

    public static string Hex(byte[] bytes) => Convert.ToHexString(bytes).ToLowerInvariant();
}
