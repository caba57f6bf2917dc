using System;
using System.ComponentModel;
using System.Net.Http;
using Agora.Wire;

namespace Agora.Rest.Infrastructure;

/// <summary>Adds declared headers to a request. Generated clients use it; not meant to be used directly.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class AgoraHeaders
{
    /// <summary>Adds a static header whose name and value the generator already checked.</summary>
    public static void AddStatic(HttpRequestMessage request, string name, string value) => AddCore(request, name, value);

    /// <summary>
    /// Adds a header taken from a parameter; <see langword="null"/> omits it. The value must be printable ASCII
    /// (tabs allowed), so that it cannot split the header or be mangled on the wire.
    /// </summary>
    /// <exception cref="ArgumentException">The value holds a line break, another control character or non-ASCII text, or is longer than 8,192 characters.</exception>
    public static void AddFromParameter(HttpRequestMessage request, string name, string? value, string parameterName)
    {
        if (value is null)
        {
            return;
        }

        if (value.Length > InputLimits.HeaderValue)
        {
            throw InputLimits.TooLong(value, InputLimits.HeaderValue, $"value of header '{name}' (parameter '{parameterName}')", parameterName);
        }

        for (int i = 0; i < value.Length; i++)
        {
            char c = value[i];
            if (AgoraWire.IsControlInHeaderValue(c))
            {
                throw new ArgumentException(
                    c == '\r' || c == '\n'
                        ? $"The value of header '{name}' (parameter '{parameterName}') contains a line break at position {i}; it would split the HTTP header."
                        : $"The value of header '{name}' (parameter '{parameterName}') contains a control character at position {i}.",
                    parameterName);
            }

            if (AgoraWire.IsNonAsciiInHeaderValue(c))
            {
                throw new ArgumentException(
                    $"The value of header '{name}' (parameter '{parameterName}') contains a non-ASCII character at position {i}; encode it (for example percent- or base64-encode) before sending.",
                    parameterName);
            }
        }

        AddCore(request, name, value);
    }

    private static void AddCore(HttpRequestMessage request, string name, string value)
    {
        if (request.Headers.TryAddWithoutValidation(name, value))
        {
            return;
        }

        // Content-Type, Content-Language and the like belong to the content, which a bodiless request lacks.
        request.Content ??= new ByteArrayContent(Array.Empty<byte>());
        request.Content.Headers.Remove(name);
        request.Content.Headers.TryAddWithoutValidation(name, value);
    }
}
