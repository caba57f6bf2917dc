using System;
using System.Security.Cryptography;

namespace Agora.Rest.Benchmarks.Tokens;

/// <summary>
/// Candidate A: HMAC-SHA256 as two platform SHA-256 hashes, (key ⊕ ipad) ‖ data and (key ⊕ opad) ‖ inner, each laid
/// out in one stack buffer; the buffers are cleared afterwards. <see cref="Compute"/> uses one-shot
/// <c>SHA256.HashData</c>; <see cref="ComputeReused"/> (A2) one <see cref="IncrementalHash"/> kept per thread.
/// </summary>
internal static class PlatformPadHmac
{
    private const int BlockLength = 64;
    private const int HashLength = 32;

    // Messages up to this long go through one stack buffer; longer ones take the software path.
    public const int MaxDataLength = 512;

    [ThreadStatic]
    private static IncrementalHash? t_sha256;

    public static void Compute(ReadOnlySpan<byte> key, ReadOnlySpan<byte> data, Span<byte> destination) =>
        ComputeCore(key, data, destination, null);

    public static void ComputeReused(ReadOnlySpan<byte> key, ReadOnlySpan<byte> data, Span<byte> destination) =>
        ComputeCore(key, data, destination, t_sha256 ??= IncrementalHash.CreateHash(HashAlgorithmName.SHA256));

    private static void HashData(IncrementalHash? reused, ReadOnlySpan<byte> source, Span<byte> destination)
    {
        if (reused is null)
        {
            SHA256.HashData(source, destination);
        }
        else
        {
            reused.AppendData(source);
            reused.GetHashAndReset(destination);
        }
    }

    private static void ComputeCore(ReadOnlySpan<byte> key, ReadOnlySpan<byte> data, Span<byte> destination, IncrementalHash? reused)
    {
        if (data.Length > MaxDataLength)
        {
            TodaySoftwareHmac.Compute(key, data, destination);
            return;
        }

        Span<byte> buffer = stackalloc byte[BlockLength + MaxDataLength];
        Span<byte> pad = buffer.Slice(0, BlockLength);
        pad.Clear();
        if (key.Length > BlockLength)
        {
            HashData(reused, key, pad);
        }
        else
        {
            key.CopyTo(pad);
        }

        for (int i = 0; i < BlockLength; i++)
        {
            pad[i] ^= 0x36;
        }

        Span<byte> innerHash = stackalloc byte[HashLength];
        data.CopyTo(buffer.Slice(BlockLength));
        HashData(reused, buffer.Slice(0, BlockLength + data.Length), innerHash);

        for (int i = 0; i < BlockLength; i++)
        {
            pad[i] ^= 0x36 ^ 0x5C;
        }

        innerHash.CopyTo(buffer.Slice(BlockLength));
        HashData(reused, buffer.Slice(0, BlockLength + HashLength), destination);

        buffer.Slice(0, BlockLength + Math.Max(data.Length, HashLength)).Clear();
        innerHash.Clear();
    }
}
