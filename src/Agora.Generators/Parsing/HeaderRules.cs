using Agora.Generators.Helpers;

namespace Agora.Generators.Parsing;

/// <summary>What HTTP allows in header names and in static header values.</summary>
internal static class HeaderRules
{
    private const string TokenSymbols = "!#$%&'*+-.^_`|~";

    /// <summary>Header names reserved for the authentication schemes.</summary>
    public static bool IsCredentialHeader(string name) =>
        string.Equals(name, "Authorization", System.StringComparison.OrdinalIgnoreCase)
        || string.Equals(name, "x-agora-token", System.StringComparison.OrdinalIgnoreCase)
        || string.Equals(name, "x-agora-uid", System.StringComparison.OrdinalIgnoreCase);

    /// <summary>Returns why <paramref name="name"/> is not an HTTP token, or <see langword="null"/>.</summary>
    public static string? ValidateName(string? name)
    {
        if (name is null || name.Length == 0)
        {
            return "the header name is empty";
        }

        foreach (char c in name)
        {
            bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || TokenSymbols.IndexOf(c) >= 0;
            if (!ok)
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

            if ((c < ' ' && c != '\t') || c == '\u007f')
            {
                return $"the static header '{name}' contains a control character";
            }

            if (c > '~')
            {
                return $"the static header '{name}' contains non-ASCII text; HTTP header values are ASCII";
            }
        }

        return null;
    }
}
