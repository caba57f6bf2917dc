using System;
using System.IO;
using System.IO.Compression;
using System.Threading.Tasks;
using Verify = Agora.Analyzers.Tests.AnalyzerVerifier<Agora.Analyzers.Security.HardCodedSecretAnalyzer>;

namespace Agora.Analyzers.Tests.Secrets;

/// <summary>
/// AccessToken2 is zlib-compressed content, and Agora's builders in different languages compress at different levels,
/// so a token starts "007eJ" (the default), "007eA", "007eF" or "007eN": each is recognised by decoding it.
/// </summary>
public sealed class TokenCompressionTests
{
    [Theory]
    [InlineData(CompressionLevel.Optimal)]
    [InlineData(CompressionLevel.Fastest)]
    [InlineData(CompressionLevel.SmallestSize)]
    public Task A_token_is_recognised_whatever_its_compression_level(CompressionLevel level)
    {
        string token = Recompress(RandomSecrets.AccessToken2(), level);
        Assert.StartsWith("007e", token, StringComparison.Ordinal);
        return Verify.VerifyAsync($$"""
            public static class Fixed
            {
                public const string Pasted = {|AGR0002:"{{token}}"|};
            }
            """);
    }

    // The same content, compressed again at another level (another zlib header, other bytes).
    private static string Recompress(string token, CompressionLevel level)
    {
        byte[] compressed = Convert.FromBase64String(token["007".Length..]);
        using var content = new MemoryStream();
        using (var inflate = new ZLibStream(new MemoryStream(compressed), CompressionMode.Decompress))
        {
            inflate.CopyTo(content);
        }

        using var output = new MemoryStream();
        using (var deflate = new ZLibStream(output, level, leaveOpen: true))
        {
            content.Position = 0;
            content.CopyTo(deflate);
        }

        return "007" + Convert.ToBase64String(output.ToArray());
    }
}
