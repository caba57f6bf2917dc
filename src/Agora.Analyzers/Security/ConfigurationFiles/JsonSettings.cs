using System.Collections.Generic;
using System.Text;
using Microsoft.CodeAnalysis.Text;

namespace Agora.Analyzers.Security.ConfigurationFiles;

/// <summary>
/// Reads the string values of a JSON settings file with the key each is stored under. Tolerant on purpose:
/// appsettings files carry comments and trailing commas, and a half-typed file must still be read as far as
/// it goes rather than not at all.
/// </summary>
internal static class JsonSettings
{
    public static IEnumerable<SettingValue> Read(string text)
    {
        var keys = new Stack<string?>();
        string? pendingKey = null;
        string? lastString = null;
        int i = 0;
        while (i < text.Length)
        {
            char c = text[i];
            switch (c)
            {
                case '/' when i + 1 < text.Length && text[i + 1] == '/':
                    i = SkipLine(text, i);
                    continue;
                case '/' when i + 1 < text.Length && text[i + 1] == '*':
                    int end = text.IndexOf("*/", i + 2, System.StringComparison.Ordinal);
                    i = end < 0 ? text.Length : end + 2;
                    continue;
                case '"':
                    int start = i;
                    string value = ReadString(text, ref i);
                    if (NextSignificant(text, i) == ':')
                    {
                        lastString = value;
                    }
                    else
                    {
                        string? key = pendingKey ?? (keys.Count > 0 ? keys.Peek() : null);
                        yield return new SettingValue(key ?? string.Empty, value, TextSpan.FromBounds(start, i));
                        pendingKey = null;
                    }

                    continue;
                case ':':
                    pendingKey = lastString;
                    lastString = null;
                    break;
                case '{' or '[':
                    // Values inside an array keep the key of the array ("Secrets": ["…"]).
                    keys.Push(pendingKey ?? (c == '[' && keys.Count > 0 ? keys.Peek() : null));
                    pendingKey = null;
                    break;
                case '}' or ']':
                    if (keys.Count > 0)
                    {
                        keys.Pop();
                    }

                    pendingKey = null;
                    break;
                case ',':
                    pendingKey = null;
                    break;
            }

            i++;
        }
    }

    private static int SkipLine(string text, int i)
    {
        int end = text.IndexOf('\n', i);
        return end < 0 ? text.Length : end + 1;
    }

    private static char NextSignificant(string text, int i)
    {
        while (i < text.Length && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        return i < text.Length ? text[i] : '\0';
    }

    // From the opening quote to just past the closing one; escapes decoded, an unterminated string ends the text.
    private static string ReadString(string text, ref int i)
    {
        var builder = new StringBuilder();
        i++;
        while (i < text.Length && text[i] != '"')
        {
            if (text[i] == '\\' && i + 1 < text.Length)
            {
                i++;
                switch (text[i])
                {
                    case 'n': builder.Append('\n'); break;
                    case 't': builder.Append('\t'); break;
                    case 'r': builder.Append('\r'); break;
                    case 'u' when i + 4 < text.Length && int.TryParse(text.Substring(i + 1, 4), System.Globalization.NumberStyles.HexNumber, null, out int code):
                        builder.Append((char)code);
                        i += 4;
                        break;
                    default: builder.Append(text[i]); break;
                }
            }
            else
            {
                builder.Append(text[i]);
            }

            i++;
        }

        if (i < text.Length)
        {
            i++;
        }

        return builder.ToString();
    }
}
