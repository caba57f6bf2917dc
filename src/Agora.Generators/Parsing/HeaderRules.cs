using Agora.Generators.Helpers;
using Agora.Wire;

namespace Agora.Generators.Parsing;

/// <summary>What HTTP allows in header names and in static header values.</summary>
internal static class HeaderRules
{
    /// <summary>Header names reserved for the authentication schemes.</summary>
    public static bool IsCredentialHeader(string name) => AgoraWire.IsCredentialHeader(name);

    /// <summary>Returns why <paramref name="name"/> is not an HTTP token, or <see langword="null"/>.</summary>
    public static string? ValidateName(string? name)
    {
        if (name is null || name.Length == 0)
        {
            return "the header name is empty";
        }

        foreach (char c in name)
        {
            if (!AgoraWire.IsTokenChar(c))
            {
                return $"the header name \"{CSharpText.Printable(name)}\" is not a valid HTTP token (letters, digits and !#$%&'*+-.^_`|~ only)";
            }
        }

        return null;
    }

    /// <summary>Returns why a static header value cannot be sent as it is, or <see langword="null"/>.</summary>
    public static string? ValidateValue(string name, string? value)
    {
        if (value is null)
        {
            return $"the static header '{name}' has no value";
        }

        foreach (char c in value)
        {
            if (c == '\r' || c == '\n')
            {
                return $"the static header '{name}' contains a line break, which would split the header";
            }

            if (AgoraWire.IsControlInHeaderValue(c))
            {
                return $"the static header '{name}' contains a control character";
            }

            if (AgoraWire.IsNonAsciiInHeaderValue(c))
            {
                return $"the static header '{name}' contains non-ASCII text; HTTP header values are ASCII";
            }
        }

        return null;
    }
}
