using System.Text;

namespace Agora.Generators.Emitting;

/// <summary>
/// Percent-encodes the characters of a route literal that a URI may not carry as they are, at generation time,
/// so the request goes out with exactly the declared path: <c>System.Uri</c> would otherwise turn <c>\</c> into
/// <c>/</c> or drop what follows a stray character. Existing <c>%XX</c> escapes, <c>/</c>, <c>?</c> and the
/// RFC 3986 sub-delimiters are kept.
/// </summary>
internal static class RouteLiteral
{
    private const string Allowed = "-._~!$&'()*+,;=:@/?%";

    public static string Escape(string literal)
    {
        StringBuilder? escaped = null;
        for (int i = 0; i < literal.Length; i++)
        {
            char c = literal[i];
            bool keep = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || Allowed.IndexOf(c) >= 0;
            if (keep)
            {
                escaped?.Append(c);
                continue;
            }

            escaped ??= new StringBuilder(literal, 0, i, literal.Length + 16);
            int length = char.IsHighSurrogate(c) && i + 1 < literal.Length && char.IsLowSurrogate(literal[i + 1]) ? 2 : 1;
            foreach (byte b in Encoding.UTF8.GetBytes(literal.Substring(i, length)))
            {
                escaped.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }

            i += length - 1;
        }

        return escaped?.ToString() ?? literal;
    }
}
