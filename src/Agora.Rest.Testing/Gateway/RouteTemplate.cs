using System;
using System.Collections.Generic;

namespace Agora.Rest.Testing.Gateway;

/// <summary>A method and path template such as <c>GET /dev/v1/channel/{appid}</c>; holes match one segment.</summary>
internal class RouteTemplate
{
    private readonly string[] _segments;

    public RouteTemplate(string method, string template)
    {
        Method = method;
        _segments = template.Trim('/').Split('/');
    }

    public string Method { get; }

    /// <summary>The values of the holes when <paramref name="path"/> matches, else <see langword="null"/>.</summary>
    public IReadOnlyDictionary<string, string>? Match(string method, string path)
    {
        if (!string.Equals(method, Method, StringComparison.Ordinal))
        {
            return null;
        }

        string[] parts = path.Trim('/').Split('/');
        if (parts.Length != _segments.Length)
        {
            return null;
        }

        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (int i = 0; i < parts.Length; i++)
        {
            string segment = _segments[i];
            if (segment.StartsWith('{') && segment.EndsWith('}'))
            {
                if (parts[i].Length == 0)
                {
                    return null;
                }

                values[segment[1..^1]] = Uri.UnescapeDataString(parts[i]);
            }
            else if (!string.Equals(segment, parts[i], StringComparison.Ordinal))
            {
                return null; // Agora's URLs are case-sensitive
            }
        }

        return values;
    }
}
