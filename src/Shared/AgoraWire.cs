namespace Agora.Wire;

/// <summary>
/// Agora's wire facts, byte for byte (header names, scheme prefixes, what a header may hold), in one file compiled into
/// the runtime, the generator and the emulator, so that none of them can drift from the others. The analyzers use the
/// generator's copy: they reference it, and a second internal copy visible to them would clash (CS0436).
/// </summary>
/// <remarks>
/// A constant shared by client and emulator could be wrong in both at once; the wire tests therefore check the headers
/// a real server receives against literals written out from Agora's documentation, not against these.
/// </remarks>
internal static class AgoraWire
{
    /// <summary>Carries HTTP Basic (<see cref="BasicPrefix"/>) and AccessToken2 (<see cref="AccessToken2Prefix"/>).</summary>
    public const string AuthorizationHeader = "Authorization";

    /// <summary>The legacy AccessToken scheme's token.</summary>
    public const string TokenHeader = "x-agora-token";

    /// <summary>The legacy AccessToken scheme's user id, the one the token was built for.</summary>
    public const string UidHeader = "x-agora-uid";

    /// <summary><c>Authorization: Basic base64(utf8(customerId:customerSecret))</c>.</summary>
    public const string BasicPrefix = "Basic ";

    /// <summary><c>Authorization: agora token=&lt;token&gt;</c>.</summary>
    public const string AccessToken2Prefix = "agora token=";

    // The characters RFC 9110 allows in a token (a header name) besides letters and digits.
    private const string TokenSymbols = "!#$%&'*+-.^_`|~";

    /// <summary>Whether <paramref name="name"/> is one of the headers an auth scheme writes (in any case).</summary>
    public static bool IsCredentialHeader(string name) =>
        string.Equals(name, AuthorizationHeader, System.StringComparison.OrdinalIgnoreCase)
        || string.Equals(name, TokenHeader, System.StringComparison.OrdinalIgnoreCase)
        || string.Equals(name, UidHeader, System.StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether <paramref name="c"/> may appear in a header name.</summary>
    public static bool IsTokenChar(char c) =>
        (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || TokenSymbols.IndexOf(c) >= 0;

    /// <summary>A control character (line breaks included, tab excepted): never in a header value.</summary>
    public static bool IsControlInHeaderValue(char c) => (c < ' ' && c != '\t') || c == '\u007f';

    /// <summary>Beyond ASCII: header values are ASCII, so such text must be encoded first.</summary>
    public static bool IsNonAsciiInHeaderValue(char c) => c > '~';
}
