using System;
using System.Buffers.Binary;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Agora.Rest.Benchmarks.Tokens;

/// <summary>Benchmark copy of the software HMAC-SHA256 that shipped before this comparison (src/Agora.Rest/Tokens/Format/HmacSha256.cs).</summary>
/// <remarks>
/// HMAC-SHA256 (RFC 2104, FIPS 180-4) for the short messages tokens sign. The platform's one-shot HMAC
/// sets up a provider context per call, which costs several microseconds — more than the hashing — and a
/// token needs three in a row. This computes the same function in place: fixed-size state on the stack,
/// no allocation, and only data-independent arithmetic (no secret-dependent branches or table lookups).
/// Checked against the platform implementation and the RFC 4231 vectors.
/// </remarks>
internal static class TodaySoftwareHmac
{
    public const int HashLength = 32;
    private const int BlockLength = 64;

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

        Span<byte> pending = stackalloc byte[BlockLength];
        Span<uint> schedule = stackalloc uint[64];
        var inner = new Sha256(pending, schedule);
        inner.Append(block);
        inner.Append(data);
        Span<byte> innerHash = stackalloc byte[HashLength];
        inner.Finish(innerHash);

        for (int i = 0; i < BlockLength; i++)
        {
            block[i] ^= 0x36 ^ 0x5C;
        }

        var outer = new Sha256(pending, schedule);
        outer.Append(block);
        outer.Append(innerHash);
        outer.Finish(destination);

        // The padded key and everything hashed with it stay out of freed stack memory.
        block.Clear();
        pending.Clear();
        schedule.Clear();
        innerHash.Clear();
    }

    public static void Hash(ReadOnlySpan<byte> data, Span<byte> destination)
    {
        var sha = new Sha256(stackalloc byte[BlockLength], stackalloc uint[64]);
        sha.Append(data);
        sha.Finish(destination);
    }

    /// <summary>SHA-256 over a caller-provided block buffer: eight words of state, no allocation.</summary>
    private ref struct Sha256
    {
        private readonly Span<byte> _pending;
        private readonly Span<uint> _schedule;
        private uint _a, _b, _c, _d, _e, _f, _g, _h;
        private int _pendingLength;
        private ulong _totalLength;

        /// <param name="pending">64 bytes for a partial block.</param>
        /// <param name="schedule">64 words for the message schedule.</param>
        public Sha256(Span<byte> pending, Span<uint> schedule)
        {
            _pending = pending;
            _schedule = schedule;
            _a = 0x6a09e667;
            _b = 0xbb67ae85;
            _c = 0x3c6ef372;
            _d = 0xa54ff53a;
            _e = 0x510e527f;
            _f = 0x9b05688c;
            _g = 0x1f83d9ab;
            _h = 0x5be0cd19;
            _pendingLength = 0;
            _totalLength = 0;
        }

        public void Append(ReadOnlySpan<byte> data)
        {
            _totalLength += (ulong)data.Length;
            if (_pendingLength > 0)
            {
                int take = Math.Min(BlockLength - _pendingLength, data.Length);
                data.Slice(0, take).CopyTo(_pending.Slice(_pendingLength));
                _pendingLength += take;
                data = data.Slice(take);
                if (_pendingLength < BlockLength)
                {
                    return;
                }

                ProcessBlock(_pending);
                _pendingLength = 0;
            }

            while (data.Length >= BlockLength)
            {
                ProcessBlock(data.Slice(0, BlockLength));
                data = data.Slice(BlockLength);
            }

            data.CopyTo(_pending);
            _pendingLength = data.Length;
        }

        public void Finish(Span<byte> destination)
        {
            ulong bitLength = _totalLength * 8;
            _pending[_pendingLength++] = 0x80;
            if (_pendingLength > BlockLength - 8)
            {
                _pending.Slice(_pendingLength).Clear();
                ProcessBlock(_pending);
                _pendingLength = 0;
            }

            _pending.Slice(_pendingLength, BlockLength - 8 - _pendingLength).Clear();
            BinaryPrimitives.WriteUInt64BigEndian(_pending.Slice(BlockLength - 8), bitLength);
            ProcessBlock(_pending);

            BinaryPrimitives.WriteUInt32BigEndian(destination, _a);
            BinaryPrimitives.WriteUInt32BigEndian(destination.Slice(4), _b);
            BinaryPrimitives.WriteUInt32BigEndian(destination.Slice(8), _c);
            BinaryPrimitives.WriteUInt32BigEndian(destination.Slice(12), _d);
            BinaryPrimitives.WriteUInt32BigEndian(destination.Slice(16), _e);
            BinaryPrimitives.WriteUInt32BigEndian(destination.Slice(20), _f);
            BinaryPrimitives.WriteUInt32BigEndian(destination.Slice(24), _g);
            BinaryPrimitives.WriteUInt32BigEndian(destination.Slice(28), _h);
        }

        private void ProcessBlock(ReadOnlySpan<byte> block)
        {
            // Indexing through refs: the schedule and constants are exactly 64 words, so the JIT's bounds
            // checks (several per round) are pure overhead here.
            ref uint w = ref MemoryMarshal.GetReference(_schedule);
            ref uint k = ref MemoryMarshal.GetReference(RoundConstants.AsSpan());
            for (int i = 0; i < 16; i++)
            {
                Unsafe.Add(ref w, i) = BinaryPrimitives.ReadUInt32BigEndian(block.Slice(i * 4));
            }

            for (int i = 16; i < 64; i++)
            {
                uint w15 = Unsafe.Add(ref w, i - 15);
                uint w2 = Unsafe.Add(ref w, i - 2);
                uint s0 = Rotate(w15, 7) ^ Rotate(w15, 18) ^ (w15 >> 3);
                uint s1 = Rotate(w2, 17) ^ Rotate(w2, 19) ^ (w2 >> 10);
                Unsafe.Add(ref w, i) = Unsafe.Add(ref w, i - 16) + s0 + Unsafe.Add(ref w, i - 7) + s1;
            }

            // Eight rounds per pass with the variables' roles rotated, instead of shifting eight values
            // every round (FIPS 180-4 §6.2.2 step 3).
            uint a = _a, b = _b, c = _c, d = _d, e = _e, f = _f, g = _g, h = _h;
            for (int i = 0; i < 64; i += 8)
            {
                h += Sum1(e) + Choose(e, f, g) + Unsafe.Add(ref k, i) + Unsafe.Add(ref w, i);
                d += h;
                h += Sum0(a) + Majority(a, b, c);
                g += Sum1(d) + Choose(d, e, f) + Unsafe.Add(ref k, i + 1) + Unsafe.Add(ref w, i + 1);
                c += g;
                g += Sum0(h) + Majority(h, a, b);
                f += Sum1(c) + Choose(c, d, e) + Unsafe.Add(ref k, i + 2) + Unsafe.Add(ref w, i + 2);
                b += f;
                f += Sum0(g) + Majority(g, h, a);
                e += Sum1(b) + Choose(b, c, d) + Unsafe.Add(ref k, i + 3) + Unsafe.Add(ref w, i + 3);
                a += e;
                e += Sum0(f) + Majority(f, g, h);
                d += Sum1(a) + Choose(a, b, c) + Unsafe.Add(ref k, i + 4) + Unsafe.Add(ref w, i + 4);
                h += d;
                d += Sum0(e) + Majority(e, f, g);
                c += Sum1(h) + Choose(h, a, b) + Unsafe.Add(ref k, i + 5) + Unsafe.Add(ref w, i + 5);
                g += c;
                c += Sum0(d) + Majority(d, e, f);
                b += Sum1(g) + Choose(g, h, a) + Unsafe.Add(ref k, i + 6) + Unsafe.Add(ref w, i + 6);
                f += b;
                b += Sum0(c) + Majority(c, d, e);
                a += Sum1(f) + Choose(f, g, h) + Unsafe.Add(ref k, i + 7) + Unsafe.Add(ref w, i + 7);
                e += a;
                a += Sum0(b) + Majority(b, c, d);
            }

            _a += a;
            _b += b;
            _c += c;
            _d += d;
            _e += e;
            _f += f;
            _g += g;
            _h += h;
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static uint Rotate(uint value, int count) => (value >> count) | (value << (32 - count));

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static uint Sum0(uint a) => Rotate(a, 2) ^ Rotate(a, 13) ^ Rotate(a, 22);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static uint Sum1(uint e) => Rotate(e, 6) ^ Rotate(e, 11) ^ Rotate(e, 25);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static uint Choose(uint e, uint f, uint g) => g ^ (e & (f ^ g));

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static uint Majority(uint a, uint b, uint c) => (a & b) | (c & (a | b));
    }

    // FIPS 180-4 §4.2.2: the first 32 bits of the fractional parts of the cube roots of the first 64 primes.
    private static readonly uint[] RoundConstants =
    {
        0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
        0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
        0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
        0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
        0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
        0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
        0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
        0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
    };
}
