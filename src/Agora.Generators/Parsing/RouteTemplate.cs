using System.Collections.Generic;

using Agora.Generators.Helpers;

namespace Agora.Generators.Parsing;

/// <summary>
/// A parsed route template: literal text and <c>{name}</c> holes. Holes may appear only in the path;
/// a literal query string after <c>?</c> is kept as it is.
/// </summary>
internal sealed class RouteTemplate
{
    private RouteTemplate(IReadOnlyList<(bool IsHole, string Text)> parts, string? error)
    {
        Parts = parts;
        Error = error;
    }

    /// <summary>Literal runs and hole names, in order.</summary>
    public IReadOnlyList<(bool IsHole, string Text)> Parts { get; }

    /// <summary>Why the template is invalid, or <see langword="null"/>.</summary>
    public string? Error { get; }

    public static RouteTemplate Parse(string? template)
    {
        if (template is null || template.Length == 0)
        {
            return Invalid("the route is empty; it must start with '/'");
        }

        if (template[0] != '/')
        {
            return Invalid($"the route \"{template}\" must start with '/' (it is relative to the base address)");
        }

        if (template.StartsWith("//", System.StringComparison.Ordinal) || template.Contains("://"))
        {
            return Invalid($"the route \"{template}\" looks like an absolute URL; put the host in [AgoraApi] or the options and keep the route relative");
        }

        var parts = new List<(bool, string)>();
        var names = new HashSet<string>(System.StringComparer.OrdinalIgnoreCase);
        int literalStart = 0;
        bool inQuery = false;
        for (int i = 0; i < template.Length; i++)
        {
            char c = template[i];
            if (c == '?' || c == '#')
            {
                if (c == '#')
                {
                    return Invalid($"the route \"{template}\" contains a fragment ('#'), which is never sent to the server");
                }

                inQuery = true;
            }
            else if (c == '}')
            {
                return Invalid($"the route \"{template}\" has a '}}' without a matching '{{' at position {i}");
            }
            else if (c == '{')
            {
                int close = template.IndexOf('}', i + 1);
                int nextOpen = template.IndexOf('{', i + 1);
                if (close < 0 || (nextOpen >= 0 && nextOpen < close))
                {
                    return Invalid($"the route \"{template}\" has a '{{' without a matching '}}' at position {i}");
                }

                string name = template.Substring(i + 1, close - i - 1);
                if (name.Length == 0)
                {
                    return Invalid($"the route \"{template}\" has an empty hole '{{}}' at position {i}");
                }

                if (!IsHoleName(name))
                {
                    return Invalid($"the route hole '{{{name}}}' is not a valid name; use letters, digits and '_'");
                }

                if (inQuery)
                {
                    return Invalid($"the route hole '{{{name}}}' is in the query string; bind query values with [Query] instead");
                }

                if (!names.Add(name))
                {
                    return Invalid($"the route hole '{{{name}}}' appears more than once");
                }

                if (i > literalStart)
                {
                    parts.Add((false, template.Substring(literalStart, i - literalStart)));
                }

                parts.Add((true, name));
                i = close;
                literalStart = close + 1;
            }
            else if (c < ' ' || c == ' ' || c == '\u007f')
            {
                return Invalid($"the route \"{CSharpText.Printable(template)}\" contains whitespace or a control character at position {i}");
            }
        }

        if (literalStart < template.Length)
        {
            parts.Add((false, template.Substring(literalStart)));
        }

        return new RouteTemplate(parts, null);
    }

    private static RouteTemplate Invalid(string error) => new(System.Array.Empty<(bool, string)>(), error);

    private static bool IsHoleName(string name)
    {
        if (!(char.IsLetter(name[0]) || name[0] == '_'))
        {
            return false;
        }

        foreach (char c in name)
        {
            if (!(char.IsLetterOrDigit(c) || c == '_') || c > '\u007f')
            {
                return false;
            }
        }

        return true;
    }
}
