using System;
using System.Buffers;
using System.Buffers.Binary;
using System.IO;
using System.IO.Compression;

namespace Agora.Rest.Tokens.Format;

/// <summary>
/// zlib (RFC 1950) for token content: <see cref="ZLibEncoder"/> compresses, the platform inflates. Agora
/// inflates any valid zlib stream, so compressed bytes may differ from other implementations' while the
/// content stays identical.
/// </summary>
internal static class ZLib
{
    /// <summary>Far above any real token; bounds the work a hostile input can cause.</summary>
    public const int MaxInflatedLength = 64 * 1024;

    /// <summary>Compresses <paramref name="data"/> into a pooled array; the caller returns it to the pool.</summary>
    public static byte[] Compress(ReadOnlySpan<byte> data, out int length)
    {
        byte[] output = ArrayPool<byte>.Shared.Rent(ZLibEncoder.MaxEncodedLength(data.Length));
        length = ZLibEncoder.Encode(data, output);
        return output;
    }

    /// <summary>Inflates into a pooled array; any corruption or excess is a <see cref="FormatException"/>.</summary>
    public static byte[] Decompress(byte[] compressed, int compressedLength, out int length)
    {
        byte[] output = ArrayPool<byte>.Shared.Rent(Math.Min(MaxInflatedLength, Math.Max(256, compressedLength * 4)));
        try
        {
            using var input = new MemoryStream(compressed, 0, compressedLength, writable: false);
#if NET6_0_OR_GREATER
            using var inflater = new ZLibStream(input, CompressionMode.Decompress);
#else
            ReadZLibHeader(input);
            using var inflater = new DeflateStream(input, CompressionMode.Decompress);
#endif
            int total = 0;
            while (true)
            {
                if (total == output.Length)
                {
                    if (output.Length >= MaxInflatedLength)
                    {
                        if (inflater.ReadByte() < 0)
                        {
                            break;
                        }

                        throw new FormatException($"The token inflates to more than {MaxInflatedLength} bytes; no Agora token is that large.");
                    }

                    byte[] larger = ArrayPool<byte>.Shared.Rent(Math.Min(MaxInflatedLength, output.Length * 2));
                    output.AsSpan(0, total).CopyTo(larger);
                    ArrayPool<byte>.Shared.Return(output);
                    output = larger;
                }

                int read = inflater.Read(output, total, output.Length - total);
                if (read == 0)
                {
                    break;
                }

                total += read;
            }

            // The checksum must be the stream's last four bytes: the same strictness on every build (the
            // netstandard2.0 inflater reads raw deflate and checks nothing after it).
            if (compressedLength < 6 || BinaryPrimitives.ReadUInt32BigEndian(compressed.AsSpan(compressedLength - 4)) != Adler32.Compute(output.AsSpan(0, total)))
            {
                throw new FormatException("The token's compressed content has a wrong checksum or data after its end.");
            }

            length = total;
            return output;
        }
        catch (Exception exception) when (exception is InvalidDataException or IOException or NotSupportedException)
        {
            ArrayPool<byte>.Shared.Return(output);
            throw new FormatException("The token's compressed content is not a valid zlib stream.", exception);
        }
        catch
        {
            ArrayPool<byte>.Shared.Return(output);
            throw;
        }
    }

#if !NET6_0_OR_GREATER
    private static void ReadZLibHeader(Stream input)
    {
        int cmf = input.ReadByte();
        int flags = input.ReadByte();
        if (cmf < 0 || flags < 0 || (cmf & 0x0F) != 8 || ((cmf << 8) | flags) % 31 != 0 || (flags & 0x20) != 0)
        {
            throw new InvalidDataException("Not a zlib header.");
        }
    }
#endif
}
