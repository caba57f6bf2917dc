using System;
using System.Text;

namespace Agora.Rest.Tokens.Format;

/// <summary>CRC-32 (IEEE 802.3, reflected 0xEDB88320), as the legacy AccessToken stores channel and uid.</summary>
internal static class Crc32
{
    private static readonly uint[] Table = CreateTable();

    public static uint OfUtf8(string text)
    {
        byte[] bytes = Encoding.UTF8.GetBytes(text);
        return Compute(bytes);
    }

    public static uint Compute(ReadOnlySpan<byte> data)
    {
        uint crc = 0xFFFFFFFFu;
        foreach (byte value in data)
        {
            crc = Table[(crc ^ value) & 0xFF] ^ (crc >> 8);
        }

        return ~crc;
    }

    private static uint[] CreateTable()
    {
        var table = new uint[256];
        for (uint i = 0; i < table.Length; i++)
        {
            uint entry = i;
            for (int bit = 0; bit < 8; bit++)
            {
                entry = (entry & 1) != 0 ? 0xEDB88320u ^ (entry >> 1) : entry >> 1;
            }

            table[i] = entry;
        }

        return table;
    }
}
