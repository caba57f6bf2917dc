using System;
using System.Buffers;
using System.Buffers.Binary;
using System.IO;
using System.IO.Compression;

namespace Agora.Rest.Tokens.Format;

/// <summary>
/// zlib (RFC 1950) around the platform's deflate. Agora inflates any valid zlib stream, so the compressed
/// bytes may differ from other implementations' while the content stays identical.
/// </summary>
internal static class ZLib
{
    /// <summary>Far above any real token; bounds the work a hostile input can cause.</summary>
    public const int MaxInflatedLength = 64 * 1024;

    /// <summary>Compresses <paramref name="data"/> into a pooled array; the caller returns it to the pool.</summary>
    public static byte[] Compress(ReadOnlySpan<byte> data, out int length)
    {
        byte[] output = ArrayPool<byte>.Shared.Rent(data.Length + 64);
        var stream = new WritableArrayStream(output);
#if NET6_0_OR_GREATER
        using (var zlib = new ZLibStream(stream, CompressionLevel.Optimal, leaveOpen: true))
        {
            zlib.Write(data);
        }
#else
        // RFC 1950 by hand: a header (deflate, 32 KB window, default level), raw deflate, Adler-32 big-endian.
        stream.WriteByte(0x78);
        stream.WriteByte(0x9C);
        using (var deflate = new DeflateStream(stream, CompressionLevel.Optimal, leaveOpen: true))
        {
            byte[] copy = data.ToArray();
            deflate.Write(copy, 0, copy.Length);
        }

        Span<byte> checksum = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(checksum, Adler32(data));
        stream.Write(checksum.ToArray(), 0, 4);
#endif
        output = stream.Buffer;
        length = stream.Length32;
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

    private static uint Adler32(ReadOnlySpan<byte> data)
    {
        const uint Modulus = 65521;
        uint a = 1, b = 0;
        foreach (byte value in data)
        {
            a = (a + value) % Modulus;
            b = (b + a) % Modulus;
        }

        return (b << 16) | a;
    }
#endif

    /// <summary>A MemoryStream-like sink over a pooled array that grows through the pool.</summary>
    private sealed class WritableArrayStream : Stream
    {
        public WritableArrayStream(byte[] buffer)
        {
            Buffer = buffer;
        }

        public byte[] Buffer { get; private set; }

        public int Length32 { get; private set; }

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => Length32;

        public override long Position
        {
            get => Length32;
            set => throw new NotSupportedException();
        }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

#if NET6_0_OR_GREATER
        public override void Write(ReadOnlySpan<byte> buffer)
#else
        public void Write(ReadOnlySpan<byte> buffer)
#endif
        {
            if (Buffer.Length - Length32 < buffer.Length)
            {
                byte[] larger = ArrayPool<byte>.Shared.Rent(Math.Max(Buffer.Length * 2, Length32 + buffer.Length));
                Buffer.AsSpan(0, Length32).CopyTo(larger);
                ArrayPool<byte>.Shared.Return(Buffer);
                Buffer = larger;
            }

            buffer.CopyTo(Buffer.AsSpan(Length32));
            Length32 += buffer.Length;
        }

        public override void WriteByte(byte value) => Write(new ReadOnlySpan<byte>(new[] { value }));
    }
}
