using System;
using System.Buffers.Binary;
using System.IO;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;

namespace Agora.Rest.Benchmarks;

/// <summary>
/// The straightforward platform version of an RTM AccessToken2, for comparison in the same run:
/// HMACSHA256.HashData, BinaryPrimitives, ZLibStream and stack buffers. Not used by the library.
/// </summary>
internal static class BclRtmTokenBaseline
{
    public static string Build(string appId, string appCertificate, string userId, uint expire, uint issueTimestamp, uint salt)
    {
        Span<byte> content = stackalloc byte[256];
        int position = 34;
        position += WriteString(content.Slice(position), appId);
        BinaryPrimitives.WriteUInt32LittleEndian(content.Slice(position), issueTimestamp);
        BinaryPrimitives.WriteUInt32LittleEndian(content.Slice(position + 4), expire);
        BinaryPrimitives.WriteUInt32LittleEndian(content.Slice(position + 8), salt);
        BinaryPrimitives.WriteUInt16LittleEndian(content.Slice(position + 12), 1);
        BinaryPrimitives.WriteUInt16LittleEndian(content.Slice(position + 14), 2);
        BinaryPrimitives.WriteUInt16LittleEndian(content.Slice(position + 16), 1);
        BinaryPrimitives.WriteUInt16LittleEndian(content.Slice(position + 18), 1);
        BinaryPrimitives.WriteUInt32LittleEndian(content.Slice(position + 20), expire);
        position += 24;
        position += WriteString(content.Slice(position), userId);

        Span<byte> key = stackalloc byte[4];
        Span<byte> certificate = stackalloc byte[32];
        Encoding.ASCII.GetBytes(appCertificate, certificate);
        Span<byte> k1 = stackalloc byte[32];
        Span<byte> k2 = stackalloc byte[32];
        BinaryPrimitives.WriteUInt32LittleEndian(key, issueTimestamp);
        HMACSHA256.HashData(key, certificate, k1);
        BinaryPrimitives.WriteUInt32LittleEndian(key, salt);
        HMACSHA256.HashData(key, k1, k2);
        BinaryPrimitives.WriteUInt16LittleEndian(content, 32);
        HMACSHA256.HashData(k2, content.Slice(34, position - 34), content.Slice(2, 32));

        byte[] output = new byte[512];
        using var stream = new MemoryStream(output);
        using (var zlib = new ZLibStream(stream, CompressionLevel.Optimal, leaveOpen: true))
        {
            zlib.Write(content.Slice(0, position));
        }

        return "007" + Convert.ToBase64String(output, 0, (int)stream.Position);
    }

    private static int WriteString(Span<byte> destination, string value)
    {
        int length = Encoding.UTF8.GetBytes(value, destination.Slice(2));
        BinaryPrimitives.WriteUInt16LittleEndian(destination, (ushort)length);
        return length + 2;
    }
}
