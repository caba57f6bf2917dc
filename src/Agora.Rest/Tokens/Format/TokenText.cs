using System;
using System.Buffers;

namespace Agora.Rest.Tokens.Format;

/// <summary>The text around token bytes: a version prefix and standard base64.</summary>
internal static class TokenText
{
    /// <summary><paramref name="prefix"/> followed by the base64 of <paramref name="bytes"/>, as one string allocation.</summary>
    public static string WithPrefix(string prefix, ReadOnlySpan<byte> bytes)
    {
#if NET6_0_OR_GREATER
        int length = prefix.Length + ((bytes.Length + 2) / 3 * 4);
        char[] chars = ArrayPool<char>.Shared.Rent(length);
        try
        {
            prefix.AsSpan().CopyTo(chars);
            Convert.TryToBase64Chars(bytes, chars.AsSpan(prefix.Length), out int written);
            return new string(chars, 0, prefix.Length + written);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
#else
        return prefix + Convert.ToBase64String(bytes.ToArray());
#endif
    }

    /// <summary>Decodes standard base64 from <paramref name="start"/> into a pooled array the caller returns.</summary>
    /// <exception cref="FormatException">The text is not base64.</exception>
    public static byte[] Base64Decode(string text, int start, out int length)
    {
        int charCount = text.Length - start;
        byte[] bytes = ArrayPool<byte>.Shared.Rent(Math.Max(1, (charCount / 4 * 3) + 3));
#if NET6_0_OR_GREATER
        if (!Convert.TryFromBase64Chars(text.AsSpan(start), bytes, out length))
        {
            ArrayPool<byte>.Shared.Return(bytes);
            throw new FormatException("The token's body is not valid base64.");
        }
#else
        byte[] decoded;
        try
        {
            decoded = Convert.FromBase64String(text.Substring(start));
        }
        catch (FormatException exception)
        {
            ArrayPool<byte>.Shared.Return(bytes);
            throw new FormatException("The token's body is not valid base64.", exception);
        }

        decoded.CopyTo(bytes, 0);
        length = decoded.Length;
#endif
        return bytes;
    }
}
