using System;
using System.Buffers;
using System.Buffers.Binary;

namespace Agora.Rest.Tokens.Format;

/// <summary>
/// A zlib (RFC 1950) encoder for token-sized inputs: one deflate block with the fixed Huffman codes
/// (RFC 1951 §3.2.6) and greedy LZ77 matching over a hash chain. For a few hundred bytes this is what
/// zlib itself usually emits, without the cost of setting up a general-purpose compressor (tens of
/// kilobytes of state) for every token. Any conforming inflater, Agora's included, reads it.
/// </summary>
internal static class ZLibEncoder
{
    private const int MinMatch = 3;
    private const int MaxMatch = 258;
    private const int MaxDistance = 32768;
    private const int HashBits = 10;
    private const int StackChainLength = 1024;

    // Length symbols 257..285: base lengths and extra bits (RFC 1951 §3.2.5).
    private static readonly ushort[] LengthBase =
    {
        3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258,
    };

    private static readonly byte[] LengthExtra =
    {
        0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0,
    };

    // Distance symbols 0..29.
    private static readonly ushort[] DistanceBase =
    {
        1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577,
    };

    private static readonly byte[] DistanceExtra =
    {
        0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13,
    };

    /// <summary>The most bytes <see cref="Encode"/> can write for an input of <paramref name="length"/> bytes.</summary>
    public static int MaxEncodedLength(int length) => 2 + 1 + (length * 9 / 8) + 1 + 2 + 4 + 8;

    /// <summary>Encodes <paramref name="data"/> as a zlib stream; returns the bytes written.</summary>
    public static int Encode(ReadOnlySpan<byte> data, Span<byte> destination)
    {
        // Header: deflate with a 32 KB window, default-level flag (0x78 0x9C, as zlib writes by default).
        destination[0] = 0x78;
        destination[1] = 0x9C;
        var bits = new BitWriter(destination.Slice(2));
        bits.Write(1, 1); // BFINAL
        bits.Write(1, 2); // BTYPE = 01, fixed Huffman codes

        Span<int> head = stackalloc int[1 << HashBits];
        head.Fill(-1);
        int[]? rentedChain = data.Length > StackChainLength ? ArrayPool<int>.Shared.Rent(data.Length) : null;
        Span<int> previous = rentedChain is null ? stackalloc int[StackChainLength] : rentedChain;

        int position = 0;
        while (position < data.Length)
        {
            int bestLength = 0;
            int bestDistance = 0;
            if (position + MinMatch <= data.Length)
            {
                int hash = Hash(data, position);
                for (int candidate = head[hash], steps = 0; candidate >= 0 && steps < 64; candidate = previous[candidate], steps++)
                {
                    int distance = position - candidate;
                    if (distance > MaxDistance)
                    {
                        break;
                    }

                    int length = MatchLength(data, candidate, position);
                    if (length > bestLength)
                    {
                        bestLength = length;
                        bestDistance = distance;
                        if (length == MaxMatch)
                        {
                            break;
                        }
                    }
                }
            }

            int advance;
            if (bestLength >= MinMatch)
            {
                WriteLength(ref bits, bestLength);
                WriteDistance(ref bits, bestDistance);
                advance = bestLength;
            }
            else
            {
                WriteLiteral(ref bits, data[position]);
                advance = 1;
            }

            for (int end = position + advance; position < end; position++)
            {
                if (position + MinMatch <= data.Length)
                {
                    int hash = Hash(data, position);
                    previous[position] = head[hash];
                    head[hash] = position;
                }
            }
        }

        if (rentedChain is not null)
        {
            ArrayPool<int>.Shared.Return(rentedChain);
        }

        WriteSymbol(ref bits, 256); // end of block
        int written = 2 + bits.Flush();
        BinaryPrimitives.WriteUInt32BigEndian(destination.Slice(written), Adler32.Compute(data));
        return written + 4;
    }

    private static int Hash(ReadOnlySpan<byte> data, int position) =>
        ((data[position] << 6) ^ (data[position + 1] << 3) ^ data[position + 2]) & ((1 << HashBits) - 1);

    private static int MatchLength(ReadOnlySpan<byte> data, int candidate, int position)
    {
        int limit = Math.Min(MaxMatch, data.Length - position);
        int length = 0;
        while (length < limit && data[candidate + length] == data[position + length])
        {
            length++;
        }

        return length;
    }

    private static void WriteLiteral(ref BitWriter bits, byte literal) => WriteSymbol(ref bits, literal);

    private static void WriteLength(ref BitWriter bits, int length)
    {
        int index = LengthBase.Length - 1;
        while (LengthBase[index] > length)
        {
            index--;
        }

        WriteSymbol(ref bits, 257 + index);
        bits.Write((uint)(length - LengthBase[index]), LengthExtra[index]);
    }

    private static void WriteDistance(ref BitWriter bits, int distance)
    {
        int index = DistanceBase.Length - 1;
        while (DistanceBase[index] > distance)
        {
            index--;
        }

        bits.WriteHuffman((uint)index, 5);
        bits.Write((uint)(distance - DistanceBase[index]), DistanceExtra[index]);
    }

    /// <summary>A literal/length symbol in the fixed code (RFC 1951 §3.2.6).</summary>
    private static void WriteSymbol(ref BitWriter bits, int symbol)
    {
        if (symbol < 144)
        {
            bits.WriteHuffman((uint)(0x30 + symbol), 8);
        }
        else if (symbol < 256)
        {
            bits.WriteHuffman((uint)(0x190 + symbol - 144), 9);
        }
        else if (symbol < 280)
        {
            bits.WriteHuffman((uint)(symbol - 256), 7);
        }
        else
        {
            bits.WriteHuffman((uint)(0xC0 + symbol - 280), 8);
        }
    }

    /// <summary>Packs bits least-significant first, as deflate does.</summary>
    private ref struct BitWriter
    {
        private readonly Span<byte> _output;
        private ulong _buffer;
        private int _count;
        private int _written;

        public BitWriter(Span<byte> output)
        {
            _output = output;
            _buffer = 0;
            _count = 0;
            _written = 0;
        }

        /// <summary>Extra bits and header fields: the value's low bit first.</summary>
        public void Write(uint value, int bitCount)
        {
            _buffer |= (ulong)value << _count;
            _count += bitCount;
            while (_count >= 8)
            {
                _output[_written++] = (byte)_buffer;
                _buffer >>= 8;
                _count -= 8;
            }
        }

        /// <summary>Huffman codes go most-significant bit first, so they are reversed into the stream.</summary>
        public void WriteHuffman(uint code, int bitCount)
        {
            uint reversed = 0;
            for (int i = 0; i < bitCount; i++)
            {
                reversed = (reversed << 1) | ((code >> i) & 1);
            }

            Write(reversed, bitCount);
        }

        /// <summary>Writes the last partial byte; returns the bytes written in all.</summary>
        public int Flush()
        {
            if (_count > 0)
            {
                _output[_written++] = (byte)_buffer;
                _buffer = 0;
                _count = 0;
            }

            return _written;
        }
    }
}
