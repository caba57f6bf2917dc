using System;
using System.Text;
using System.Text.RegularExpressions;

namespace Agora.Analyzers.Security.Secrets;

/// <summary>
/// Credentials that announce themselves in text, whatever variable holds it: an HTTP Basic value that
/// decodes to <c>id:secret</c>, user information in a URL, <c>curl -u id:secret</c>, a secret-named
/// setting in connection-string-like text, and a bare pair of two generated values joined by ':'.
/// </summary>
internal static class CredentialText
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMilliseconds(200);

    private static readonly Regex BasicValue = new(
        @"\bBasic\s+([A-Za-z0-9+/]{8,}={0,2})(?![A-Za-z0-9+/=])", RegexOptions.CultureInvariant, Timeout);

    private static readonly Regex UrlUserInfo = new(
        @"\bhttps?://([^/\s:@""']+):([^/\s@""']+)@", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, Timeout);

    private static readonly Regex CurlUser = new(
        @"(?:^|\s)(?:-u|--user)\s*['""]?([^\s:'""]+):([^\s'""]+)", RegexOptions.CultureInvariant, Timeout);

    // key = value or key: value, as in connection strings, query strings, .env lines and JSON fragments.
    private static readonly Regex NamedSetting = new(
        @"([A-Za-z_][A-Za-z0-9_.:-]*)[""']?\s*[=:]\s*[""']?([^;&,\s""']+)", RegexOptions.CultureInvariant, Timeout);

    private static readonly Regex Pair = new(@"^([A-Za-z0-9_-]{16,64}):([A-Za-z0-9_+/=-]{16,128})$", RegexOptions.CultureInvariant, Timeout);

    // The lengths Pair can match ('$' also matches before one final newline).
    private const int PairMinimumLength = 16 + 1 + 16;
    private const int PairMaximumLength = 64 + 1 + 128 + 1;

    /// <summary>
    /// What the text holds (a <see cref="SecretKind"/>), how it was recognised, and the parts of the text that are the
    /// secret (the secret half of id:secret, a Basic value), or <see langword="null"/>.
    /// </summary>
    public static (string Kind, string How, string[] Secrets)? Find(string text)
    {
        try
        {
            return FindCore(text);
        }
        catch (RegexMatchTimeoutException)
        {
            return null;
        }
    }

    /// <summary>The secret half of a base64 <c>id:secret</c> value, or <see langword="null"/>.</summary>
    public static string? BasicSecretHalf(string base64)
    {
        string? decoded = DecodeBase64Utf8(base64.Trim());
        int colon = decoded?.IndexOf(':') ?? -1;
        return colon > 0 ? decoded!.Substring(colon + 1) : null;
    }

    /// <summary>A base64 value that decodes to UTF-8 <c>id:secret</c> with a plausible secret.</summary>
    public static bool IsBasicCredential(string base64)
    {
        string? decoded = DecodeBase64Utf8(base64.Trim());
        if (decoded is null)
        {
            return false;
        }

        int colon = decoded.IndexOf(':');
        return colon > 0 && IsSecretHalf(decoded.Substring(0, colon), decoded.Substring(colon + 1));
    }

    private static (string Kind, string How, string[] Secrets)? FindCore(string text)
    {
        if (text.IndexOf("Basic", StringComparison.Ordinal) >= 0)
        {
            foreach (Match match in BasicValue.Matches(text))
            {
                if (IsBasicCredential(match.Groups[1].Value))
                {
                    // The base64 written whole, or the secret half among the pieces it was encoded from.
                    return (SecretKind.BasicCredential, "an HTTP Basic value that decodes to id:secret", new[] { match.Groups[1].Value, BasicSecretHalf(match.Groups[1].Value)! });
                }
            }
        }

        if (text.IndexOf("://", StringComparison.Ordinal) >= 0)
        {
            foreach (Match match in UrlUserInfo.Matches(text))
            {
                if (IsSecretHalf(Uri.UnescapeDataString(match.Groups[1].Value), Uri.UnescapeDataString(match.Groups[2].Value)))
                {
                    return (SecretKind.BasicCredential, "credentials in the user information of a URL", new[] { match.Groups[2].Value });
                }
            }
        }

        if (text.IndexOf("-u", StringComparison.Ordinal) >= 0)
        {
            foreach (Match match in CurlUser.Matches(text))
            {
                if (IsSecretHalf(match.Groups[1].Value, match.Groups[2].Value))
                {
                    return (SecretKind.BasicCredential, "credentials given to curl -u", new[] { match.Groups[2].Value });
                }
            }
        }

        if ((text.IndexOf('=') >= 0 || text.IndexOf(':') >= 0) && SecretNames.MayNameSecret(text))
        {
            foreach (Match match in NamedSetting.Matches(text))
            {
                string? kind = SecretNames.Classify(match.Groups[1].Value);
                if (kind is not null && SecretValues.HasCredentialShape(match.Groups[2].Value))
                {
                    return (kind, $"a '{match.Groups[1].Value}' setting in text", new[] { match.Groups[2].Value });
                }
            }
        }

        if (text.Length >= PairMinimumLength && text.Length <= PairMaximumLength && text.IndexOf(':') >= 0)
        {
            Match pair = Pair.Match(text);
            if (pair.Success && SecretValues.HasCredentialShape(pair.Groups[1].Value) && SecretValues.HasCredentialShape(pair.Groups[2].Value))
            {
                return (SecretKind.BasicCredential, "a Customer ID and Secret joined by ':'", new[] { pair.Groups[2].Value });
            }
        }

        return null;
    }

    // The secret half of id:secret: a real value, not a placeholder, and not the id repeated (admin:admin).
    private static bool IsSecretHalf(string id, string secret) =>
        id.Length > 0 && !string.Equals(id, secret, StringComparison.Ordinal) && SecretValues.IsPlausibleSecret(secret);

    private static string? DecodeBase64Utf8(string base64)
    {
        if (base64.Length % 4 != 0)
        {
            base64 = base64.PadRight(base64.Length + (4 - (base64.Length % 4)), '=');
        }

        try
        {
            byte[] bytes = Convert.FromBase64String(base64);
            return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
        }
        catch (FormatException)
        {
            return null;
        }
        catch (ArgumentException)
        {
            return null;
        }
    }
}
