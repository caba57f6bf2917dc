using System;
using System.Buffers.Binary;
using System.Runtime.CompilerServices;

namespace Agora.Rest.Tokens.Format;

/// <summary>
/// HMAC-SHA256 (RFC 2104, FIPS 180-4) for the short messages tokens sign. The platform's one-shot HMAC
/// sets up a provider context per call, which costs several microseconds — more than the hashing — and a
/// token needs three in a row; one-shot platform SHA-256 over the padded key blocks still costs more than this
/// (docs/benchmarks.md, token-cost). This computes the same function in place: fixed-size state on the stack,
/// no allocation, and only data-independent arithmetic (no secret-dependent branches or table lookups), on every
/// target framework. Checked against the platform implementation and the RFC 4231 and FIPS 180-2 vectors.
/// </summary>
internal static class HmacSha256
{
    public const int HashLength = 32;
    private const int BlockLength = 64;

    /// <summary>HMAC-SHA256 of <paramref name="data"/> under <paramref name="key"/>, into 32 bytes of <paramref name="destination"/>.</summary>
    public static void Compute(ReadOnlySpan<byte> key, ReadOnlySpan<byte> data, Span<byte> destination)
    {
        Span<byte> block = stackalloc byte[BlockLength];
        block.Clear();
        if (key.Length > BlockLength)
        {
            Hash(key, block.Slice(0, HashLength));
        }
        else
        {
            key.CopyTo(block);
        }

        for (int i = 0; i < BlockLength; i++)
        {
            block[i] ^= 0x36;
        }

        Span<byte> tail = stackalloc byte[2 * BlockLength];
        Span<byte> innerHash = stackalloc byte[HashLength];
        var state = State.Initial;
        Compress(ref state, block);
        HashRest(ref state, BlockLength, data, tail, innerHash);

        for (int i = 0; i < BlockLength; i++)
        {
            block[i] ^= 0x36 ^ 0x5C;
        }

        state = State.Initial;
        Compress(ref state, block);
        HashRest(ref state, BlockLength, innerHash, tail, destination);

        // The padded key and everything hashed with it stay out of freed stack memory.
        state = default;
        block.Clear();
        tail.Clear();
        innerHash.Clear();
    }

    /// <summary>SHA-256 of <paramref name="data"/>, into 32 bytes of <paramref name="destination"/>.</summary>
    public static void Hash(ReadOnlySpan<byte> data, Span<byte> destination)
    {
        Span<byte> tail = stackalloc byte[2 * BlockLength];
        var state = State.Initial;
        HashRest(ref state, 0, data, tail, destination);
        state = default;
        tail.Clear();
    }

    // Hashes the message's remaining bytes — whole blocks straight from the span, the last partial block and the
    // padding through tail (128 bytes) — after `done` bytes already compressed, and writes the digest.
    private static void HashRest(ref State state, int done, ReadOnlySpan<byte> data, Span<byte> tail, Span<byte> destination)
    {
        int whole = data.Length & ~(BlockLength - 1);
        for (int offset = 0; offset < whole; offset += BlockLength)
        {
            Compress(ref state, data.Slice(offset, BlockLength));
        }

        int rest = data.Length - whole;
        int tailLength = rest + 9 <= BlockLength ? BlockLength : 2 * BlockLength;
        Span<byte> last = tail.Slice(0, tailLength);
        last.Clear();
        data.Slice(whole).CopyTo(last);
        last[rest] = 0x80;
        BinaryPrimitives.WriteUInt64BigEndian(last.Slice(tailLength - 8), ((ulong)done + (ulong)data.Length) * 8);
        Compress(ref state, last.Slice(0, BlockLength));
        if (tailLength > BlockLength)
        {
            Compress(ref state, last.Slice(BlockLength));
        }

        BinaryPrimitives.WriteUInt32BigEndian(destination, state.A);
        BinaryPrimitives.WriteUInt32BigEndian(destination.Slice(4), state.B);
        BinaryPrimitives.WriteUInt32BigEndian(destination.Slice(8), state.C);
        BinaryPrimitives.WriteUInt32BigEndian(destination.Slice(12), state.D);
        BinaryPrimitives.WriteUInt32BigEndian(destination.Slice(16), state.E);
        BinaryPrimitives.WriteUInt32BigEndian(destination.Slice(20), state.F);
        BinaryPrimitives.WriteUInt32BigEndian(destination.Slice(24), state.G);
        BinaryPrimitives.WriteUInt32BigEndian(destination.Slice(28), state.H);
    }

    private struct State
    {
        public uint A, B, C, D, E, F, G, H;

        public static State Initial => new()
        {
            A = 0x6a09e667,
            B = 0xbb67ae85,
            C = 0x3c6ef372,
            D = 0xa54ff53a,
            E = 0x510e527f,
            F = 0x9b05688c,
            G = 0x1f83d9ab,
            H = 0x5be0cd19,
        };
    }

    // One 64-byte block (FIPS 180-4 §6.2.2), all 64 rounds written out: the message schedule lives in sixteen locals
    // updated in place, the round constants are immediates, and the eight working variables change roles from round to
    // round instead of being shifted. No arrays, no bounds checks, no data-dependent branches or lookups.
    private static void Compress(ref State state, ReadOnlySpan<byte> data)
    {
        if (data.Length < BlockLength)
        {
            throw new ArgumentException("A SHA-256 block is 64 bytes.", nameof(data));
        }

        ref byte block = ref System.Runtime.InteropServices.MemoryMarshal.GetReference(data);
            uint w0 = ReadBigEndian(ref block, 0);
            uint w1 = ReadBigEndian(ref block, 4);
            uint w2 = ReadBigEndian(ref block, 8);
            uint w3 = ReadBigEndian(ref block, 12);
            uint w4 = ReadBigEndian(ref block, 16);
            uint w5 = ReadBigEndian(ref block, 20);
            uint w6 = ReadBigEndian(ref block, 24);
            uint w7 = ReadBigEndian(ref block, 28);
            uint w8 = ReadBigEndian(ref block, 32);
            uint w9 = ReadBigEndian(ref block, 36);
            uint w10 = ReadBigEndian(ref block, 40);
            uint w11 = ReadBigEndian(ref block, 44);
            uint w12 = ReadBigEndian(ref block, 48);
            uint w13 = ReadBigEndian(ref block, 52);
            uint w14 = ReadBigEndian(ref block, 56);
            uint w15 = ReadBigEndian(ref block, 60);
            uint a = state.A, b = state.B, c = state.C, d = state.D, e = state.E, f = state.F, g = state.G, h = state.H;
            h += Sum1(e) + Choose(e, f, g) + 0x428a2f98u + w0;
            d += h;
            h += Sum0(a) + Majority(a, b, c);
            g += Sum1(d) + Choose(d, e, f) + 0x71374491u + w1;
            c += g;
            g += Sum0(h) + Majority(h, a, b);
            f += Sum1(c) + Choose(c, d, e) + 0xb5c0fbcfu + w2;
            b += f;
            f += Sum0(g) + Majority(g, h, a);
            e += Sum1(b) + Choose(b, c, d) + 0xe9b5dba5u + w3;
            a += e;
            e += Sum0(f) + Majority(f, g, h);
            d += Sum1(a) + Choose(a, b, c) + 0x3956c25bu + w4;
            h += d;
            d += Sum0(e) + Majority(e, f, g);
            c += Sum1(h) + Choose(h, a, b) + 0x59f111f1u + w5;
            g += c;
            c += Sum0(d) + Majority(d, e, f);
            b += Sum1(g) + Choose(g, h, a) + 0x923f82a4u + w6;
            f += b;
            b += Sum0(c) + Majority(c, d, e);
            a += Sum1(f) + Choose(f, g, h) + 0xab1c5ed5u + w7;
            e += a;
            a += Sum0(b) + Majority(b, c, d);
            h += Sum1(e) + Choose(e, f, g) + 0xd807aa98u + w8;
            d += h;
            h += Sum0(a) + Majority(a, b, c);
            g += Sum1(d) + Choose(d, e, f) + 0x12835b01u + w9;
            c += g;
            g += Sum0(h) + Majority(h, a, b);
            f += Sum1(c) + Choose(c, d, e) + 0x243185beu + w10;
            b += f;
            f += Sum0(g) + Majority(g, h, a);
            e += Sum1(b) + Choose(b, c, d) + 0x550c7dc3u + w11;
            a += e;
            e += Sum0(f) + Majority(f, g, h);
            d += Sum1(a) + Choose(a, b, c) + 0x72be5d74u + w12;
            h += d;
            d += Sum0(e) + Majority(e, f, g);
            c += Sum1(h) + Choose(h, a, b) + 0x80deb1feu + w13;
            g += c;
            c += Sum0(d) + Majority(d, e, f);
            b += Sum1(g) + Choose(g, h, a) + 0x9bdc06a7u + w14;
            f += b;
            b += Sum0(c) + Majority(c, d, e);
            a += Sum1(f) + Choose(f, g, h) + 0xc19bf174u + w15;
            e += a;
            a += Sum0(b) + Majority(b, c, d);
            w0 += Sigma1(w14) + w9 + Sigma0(w1);
            h += Sum1(e) + Choose(e, f, g) + 0xe49b69c1u + w0;
            d += h;
            h += Sum0(a) + Majority(a, b, c);
            w1 += Sigma1(w15) + w10 + Sigma0(w2);
            g += Sum1(d) + Choose(d, e, f) + 0xefbe4786u + w1;
            c += g;
            g += Sum0(h) + Majority(h, a, b);
            w2 += Sigma1(w0) + w11 + Sigma0(w3);
            f += Sum1(c) + Choose(c, d, e) + 0x0fc19dc6u + w2;
            b += f;
            f += Sum0(g) + Majority(g, h, a);
            w3 += Sigma1(w1) + w12 + Sigma0(w4);
            e += Sum1(b) + Choose(b, c, d) + 0x240ca1ccu + w3;
            a += e;
            e += Sum0(f) + Majority(f, g, h);
            w4 += Sigma1(w2) + w13 + Sigma0(w5);
            d += Sum1(a) + Choose(a, b, c) + 0x2de92c6fu + w4;
            h += d;
            d += Sum0(e) + Majority(e, f, g);
            w5 += Sigma1(w3) + w14 + Sigma0(w6);
            c += Sum1(h) + Choose(h, a, b) + 0x4a7484aau + w5;
            g += c;
            c += Sum0(d) + Majority(d, e, f);
            w6 += Sigma1(w4) + w15 + Sigma0(w7);
            b += Sum1(g) + Choose(g, h, a) + 0x5cb0a9dcu + w6;
            f += b;
            b += Sum0(c) + Majority(c, d, e);
            w7 += Sigma1(w5) + w0 + Sigma0(w8);
            a += Sum1(f) + Choose(f, g, h) + 0x76f988dau + w7;
            e += a;
            a += Sum0(b) + Majority(b, c, d);
            w8 += Sigma1(w6) + w1 + Sigma0(w9);
            h += Sum1(e) + Choose(e, f, g) + 0x983e5152u + w8;
            d += h;
            h += Sum0(a) + Majority(a, b, c);
            w9 += Sigma1(w7) + w2 + Sigma0(w10);
            g += Sum1(d) + Choose(d, e, f) + 0xa831c66du + w9;
            c += g;
            g += Sum0(h) + Majority(h, a, b);
            w10 += Sigma1(w8) + w3 + Sigma0(w11);
            f += Sum1(c) + Choose(c, d, e) + 0xb00327c8u + w10;
            b += f;
            f += Sum0(g) + Majority(g, h, a);
            w11 += Sigma1(w9) + w4 + Sigma0(w12);
            e += Sum1(b) + Choose(b, c, d) + 0xbf597fc7u + w11;
            a += e;
            e += Sum0(f) + Majority(f, g, h);
            w12 += Sigma1(w10) + w5 + Sigma0(w13);
            d += Sum1(a) + Choose(a, b, c) + 0xc6e00bf3u + w12;
            h += d;
            d += Sum0(e) + Majority(e, f, g);
            w13 += Sigma1(w11) + w6 + Sigma0(w14);
            c += Sum1(h) + Choose(h, a, b) + 0xd5a79147u + w13;
            g += c;
            c += Sum0(d) + Majority(d, e, f);
            w14 += Sigma1(w12) + w7 + Sigma0(w15);
            b += Sum1(g) + Choose(g, h, a) + 0x06ca6351u + w14;
            f += b;
            b += Sum0(c) + Majority(c, d, e);
            w15 += Sigma1(w13) + w8 + Sigma0(w0);
            a += Sum1(f) + Choose(f, g, h) + 0x14292967u + w15;
            e += a;
            a += Sum0(b) + Majority(b, c, d);
            w0 += Sigma1(w14) + w9 + Sigma0(w1);
            h += Sum1(e) + Choose(e, f, g) + 0x27b70a85u + w0;
            d += h;
            h += Sum0(a) + Majority(a, b, c);
            w1 += Sigma1(w15) + w10 + Sigma0(w2);
            g += Sum1(d) + Choose(d, e, f) + 0x2e1b2138u + w1;
            c += g;
            g += Sum0(h) + Majority(h, a, b);
            w2 += Sigma1(w0) + w11 + Sigma0(w3);
            f += Sum1(c) + Choose(c, d, e) + 0x4d2c6dfcu + w2;
            b += f;
            f += Sum0(g) + Majority(g, h, a);
            w3 += Sigma1(w1) + w12 + Sigma0(w4);
            e += Sum1(b) + Choose(b, c, d) + 0x53380d13u + w3;
            a += e;
            e += Sum0(f) + Majority(f, g, h);
            w4 += Sigma1(w2) + w13 + Sigma0(w5);
            d += Sum1(a) + Choose(a, b, c) + 0x650a7354u + w4;
            h += d;
            d += Sum0(e) + Majority(e, f, g);
            w5 += Sigma1(w3) + w14 + Sigma0(w6);
            c += Sum1(h) + Choose(h, a, b) + 0x766a0abbu + w5;
            g += c;
            c += Sum0(d) + Majority(d, e, f);
            w6 += Sigma1(w4) + w15 + Sigma0(w7);
            b += Sum1(g) + Choose(g, h, a) + 0x81c2c92eu + w6;
            f += b;
            b += Sum0(c) + Majority(c, d, e);
            w7 += Sigma1(w5) + w0 + Sigma0(w8);
            a += Sum1(f) + Choose(f, g, h) + 0x92722c85u + w7;
            e += a;
            a += Sum0(b) + Majority(b, c, d);
            w8 += Sigma1(w6) + w1 + Sigma0(w9);
            h += Sum1(e) + Choose(e, f, g) + 0xa2bfe8a1u + w8;
            d += h;
            h += Sum0(a) + Majority(a, b, c);
            w9 += Sigma1(w7) + w2 + Sigma0(w10);
            g += Sum1(d) + Choose(d, e, f) + 0xa81a664bu + w9;
            c += g;
            g += Sum0(h) + Majority(h, a, b);
            w10 += Sigma1(w8) + w3 + Sigma0(w11);
            f += Sum1(c) + Choose(c, d, e) + 0xc24b8b70u + w10;
            b += f;
            f += Sum0(g) + Majority(g, h, a);
            w11 += Sigma1(w9) + w4 + Sigma0(w12);
            e += Sum1(b) + Choose(b, c, d) + 0xc76c51a3u + w11;
            a += e;
            e += Sum0(f) + Majority(f, g, h);
            w12 += Sigma1(w10) + w5 + Sigma0(w13);
            d += Sum1(a) + Choose(a, b, c) + 0xd192e819u + w12;
            h += d;
            d += Sum0(e) + Majority(e, f, g);
            w13 += Sigma1(w11) + w6 + Sigma0(w14);
            c += Sum1(h) + Choose(h, a, b) + 0xd6990624u + w13;
            g += c;
            c += Sum0(d) + Majority(d, e, f);
            w14 += Sigma1(w12) + w7 + Sigma0(w15);
            b += Sum1(g) + Choose(g, h, a) + 0xf40e3585u + w14;
            f += b;
            b += Sum0(c) + Majority(c, d, e);
            w15 += Sigma1(w13) + w8 + Sigma0(w0);
            a += Sum1(f) + Choose(f, g, h) + 0x106aa070u + w15;
            e += a;
            a += Sum0(b) + Majority(b, c, d);
            w0 += Sigma1(w14) + w9 + Sigma0(w1);
            h += Sum1(e) + Choose(e, f, g) + 0x19a4c116u + w0;
            d += h;
            h += Sum0(a) + Majority(a, b, c);
            w1 += Sigma1(w15) + w10 + Sigma0(w2);
            g += Sum1(d) + Choose(d, e, f) + 0x1e376c08u + w1;
            c += g;
            g += Sum0(h) + Majority(h, a, b);
            w2 += Sigma1(w0) + w11 + Sigma0(w3);
            f += Sum1(c) + Choose(c, d, e) + 0x2748774cu + w2;
            b += f;
            f += Sum0(g) + Majority(g, h, a);
            w3 += Sigma1(w1) + w12 + Sigma0(w4);
            e += Sum1(b) + Choose(b, c, d) + 0x34b0bcb5u + w3;
            a += e;
            e += Sum0(f) + Majority(f, g, h);
            w4 += Sigma1(w2) + w13 + Sigma0(w5);
            d += Sum1(a) + Choose(a, b, c) + 0x391c0cb3u + w4;
            h += d;
            d += Sum0(e) + Majority(e, f, g);
            w5 += Sigma1(w3) + w14 + Sigma0(w6);
            c += Sum1(h) + Choose(h, a, b) + 0x4ed8aa4au + w5;
            g += c;
            c += Sum0(d) + Majority(d, e, f);
            w6 += Sigma1(w4) + w15 + Sigma0(w7);
            b += Sum1(g) + Choose(g, h, a) + 0x5b9cca4fu + w6;
            f += b;
            b += Sum0(c) + Majority(c, d, e);
            w7 += Sigma1(w5) + w0 + Sigma0(w8);
            a += Sum1(f) + Choose(f, g, h) + 0x682e6ff3u + w7;
            e += a;
            a += Sum0(b) + Majority(b, c, d);
            w8 += Sigma1(w6) + w1 + Sigma0(w9);
            h += Sum1(e) + Choose(e, f, g) + 0x748f82eeu + w8;
            d += h;
            h += Sum0(a) + Majority(a, b, c);
            w9 += Sigma1(w7) + w2 + Sigma0(w10);
            g += Sum1(d) + Choose(d, e, f) + 0x78a5636fu + w9;
            c += g;
            g += Sum0(h) + Majority(h, a, b);
            w10 += Sigma1(w8) + w3 + Sigma0(w11);
            f += Sum1(c) + Choose(c, d, e) + 0x84c87814u + w10;
            b += f;
            f += Sum0(g) + Majority(g, h, a);
            w11 += Sigma1(w9) + w4 + Sigma0(w12);
            e += Sum1(b) + Choose(b, c, d) + 0x8cc70208u + w11;
            a += e;
            e += Sum0(f) + Majority(f, g, h);
            w12 += Sigma1(w10) + w5 + Sigma0(w13);
            d += Sum1(a) + Choose(a, b, c) + 0x90befffau + w12;
            h += d;
            d += Sum0(e) + Majority(e, f, g);
            w13 += Sigma1(w11) + w6 + Sigma0(w14);
            c += Sum1(h) + Choose(h, a, b) + 0xa4506cebu + w13;
            g += c;
            c += Sum0(d) + Majority(d, e, f);
            w14 += Sigma1(w12) + w7 + Sigma0(w15);
            b += Sum1(g) + Choose(g, h, a) + 0xbef9a3f7u + w14;
            f += b;
            b += Sum0(c) + Majority(c, d, e);
            w15 += Sigma1(w13) + w8 + Sigma0(w0);
            a += Sum1(f) + Choose(f, g, h) + 0xc67178f2u + w15;
            e += a;
            a += Sum0(b) + Majority(b, c, d);
            state.A += a;
            state.B += b;
            state.C += c;
            state.D += d;
            state.E += e;
            state.F += f;
            state.G += g;
            state.H += h;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint ReadBigEndian(ref byte block, int offset)
    {
        uint value = Unsafe.ReadUnaligned<uint>(ref Unsafe.Add(ref block, offset));
        return BitConverter.IsLittleEndian ? BinaryPrimitives.ReverseEndianness(value) : value;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint Rotate(uint value, int count) => (value >> count) | (value << (32 - count));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint Sum0(uint a) => Rotate(a, 2) ^ Rotate(a, 13) ^ Rotate(a, 22);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint Sum1(uint e) => Rotate(e, 6) ^ Rotate(e, 11) ^ Rotate(e, 25);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint Sigma0(uint w) => Rotate(w, 7) ^ Rotate(w, 18) ^ (w >> 3);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint Sigma1(uint w) => Rotate(w, 17) ^ Rotate(w, 19) ^ (w >> 10);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint Choose(uint e, uint f, uint g) => g ^ (e & (f ^ g));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint Majority(uint a, uint b, uint c) => (a & b) | (c & (a | b));
}
