using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using Agora.Rest.Tokens.Format;

namespace Agora.Rest.Tests.Tokens;

/// <summary>The token compressor, checked against the platform's inflater on many shapes of input.</summary>
public sealed class ZLibEncoderTests
{
    public static TheoryData<string> Shapes() => new() { "random", "zeros", "text", "repeats", "token" };

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Every_length_round_trips_through_the_platform_inflater(string shape)
    {
        var random = new Random(shape.Length * 31);
        for (int length = 0; length < 1200; length += 1 + (length / 40))
        {
            byte[] data = Make(shape, length, random);

            Assert.Equal(data, Inflate(Encode(data)));
        }
    }

    [Fact]
    public void Large_inputs_beyond_the_stack_chain_and_the_longest_match_round_trip()
    {
        var random = new Random(5);
        foreach (int length in new[] { 1025, 4096, 40_000, 70_000 })
        {
            byte[] data = Make("repeats", length, random);

            Assert.Equal(data, Inflate(Encode(data)));
        }
    }

    [Fact]
    public void Token_content_compresses_about_as_well_as_the_platform_compressor()
    {
        foreach (string token in OfficialVectors.RtcUid.Concat(OfficialVectors.RepeatedServices).Append(OfficialVectors.MultiPython))
        {
            byte[] content = TokenBytes.Inflate(token);
            using var platform = new MemoryStream();
            using (var zlib = new ZLibStream(platform, CompressionLevel.Optimal, leaveOpen: true))
            {
                zlib.Write(content);
            }

            int ours = Encode(content).Length;
            Assert.True(ours <= platform.Length + 12, $"{ours} bytes against the platform's {platform.Length} for {content.Length} bytes of content");
        }
    }

    [Fact]
    public void The_stream_starts_with_zlibs_default_header()
    {
        byte[] encoded = Encode(TokenBytes.Inflate(OfficialVectors.RtcUid[0]));

        Assert.Equal(new byte[] { 0x78, 0x9C }, encoded.Take(2).ToArray());
    }

    private static byte[] Encode(byte[] data)
    {
        byte[] output = new byte[ZLibEncoder.MaxEncodedLength(data.Length)];
        int length = ZLibEncoder.Encode(data, output);
        return output.AsSpan(0, length).ToArray();
    }

    private static byte[] Inflate(byte[] compressed)
    {
        using var input = new MemoryStream(compressed);
        using var zlib = new ZLibStream(input, CompressionMode.Decompress);
        using var output = new MemoryStream();
        zlib.CopyTo(output);
        return output.ToArray();
    }

    private static byte[] Make(string shape, int length, Random random)
    {
        byte[] data = new byte[length];
        switch (shape)
        {
            case "random":
                random.NextBytes(data);
                break;
            case "text":
                for (int i = 0; i < length; i++)
                {
                    data[i] = (byte)"abcdefghij 0123456789"[random.Next(21)];
                }

                break;
            case "repeats":
                byte[] motif = new byte[1 + random.Next(300)];
                random.NextBytes(motif);
                for (int i = 0; i < length; i++)
                {
                    data[i] = random.Next(50) == 0 ? (byte)random.Next(256) : motif[i % motif.Length];
                }

                break;
            case "token":
                byte[] content = TokenBytes.Inflate(OfficialVectors.MultiPython);
                for (int i = 0; i < length; i++)
                {
                    data[i] = content[i % content.Length];
                }

                break;
        }

        return data;
    }
}
