using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;

namespace Agora.Analyzers.Security.Secrets;

/// <summary>
/// Decides whether a constant string could be a real Agora credential, as opposed to a placeholder, a
/// template, a configuration key, descriptive text or a public test fixture. Never decides by the value
/// alone that something is secret: the App ID has the certificate's shape, so callers supply the context.
/// </summary>
internal static class SecretValues
{
    // Words that mark a value as an example, a prompt or a name for the secret rather than the secret
    // (after Sonar's secret classifier and Agora's documentation placeholders).
    private static readonly string[] PlaceholderWords =
    {
        "your", "sample", "example", "placeholder", "replace", "change", "todo", "fixme", "dummy", "fake",
        "redacted", "xxxx", "****", "...", "test", "secret", "certificate", "password", "token", "insert",
        "enter", "input", "here", "default", "qwerty", "123456", "abcdef", "null", "undefined", "none",
    };

    private static readonly char[] TemplateCharacters = { '{', '}', '<', '>', '$', '%', '[', ']' };

    private static readonly Regex DashedGuid = new(
        "^[{(]?[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}[)}]?$",
        RegexOptions.CultureInvariant);

    private static readonly Regex CredentialCharacters = new("^[A-Za-z0-9_+/=.~-]+$", RegexOptions.CultureInvariant);

    public static bool IsHex32(string value) => value.Length == 32 && value.All(IsHexDigit);

    /// <summary>
    /// A value given to a secret sink (a certificate parameter, <c>[AgoraSecret]</c>) that is more than a
    /// placeholder: the sink says it is a secret, the value only has to be plausible.
    /// </summary>
    public static bool IsPlausibleSecret(string value) =>
        value.Length >= 8 && value.Length <= 1024 && !value.Any(char.IsWhiteSpace) && !IsPlaceholder(value);

    /// <summary>
    /// A value bound to a secret-like name: a name can mislead (a hint, a key into configuration), so the value
    /// must also look generated: 32 hex digits, or 16–128 base64/url characters with a digit, a letter and
    /// some randomness.
    /// </summary>
    public static bool HasCredentialShape(string value)
    {
        if (!IsPlausibleSecret(value))
        {
            return false;
        }

        if (IsHex32(value))
        {
            return true;
        }

        return value.Length >= 16 && value.Length <= 128
            && CredentialCharacters.IsMatch(value)
            && value.Any(char.IsDigit) && value.Any(char.IsLetter)
            && ShannonEntropy(value) >= 3.0;
    }

    /// <summary>
    /// <see cref="HasCredentialShape(string)"/>, and for a name that says which secret it holds, Agora's format for it:
    /// App Certificates and Customer Secrets are 32 hex digits, written as they are or base64-encoded. A value of
    /// another shape under such a name is something else (a made-up sample, another service's key).
    /// </summary>
    public static bool HasCredentialShape(string value, string? kind) =>
        kind is SecretKind.AppCertificate or SecretKind.CustomerSecret
            ? IsPlausibleSecret(value) && (IsHex32(value) || DecodesToHex32(value))
            : HasCredentialShape(value);

    private static bool DecodesToHex32(string value)
    {
        if (value.Length != 44 || !CredentialCharacters.IsMatch(value))
        {
            return false;
        }

        try
        {
            byte[] bytes = Convert.FromBase64String(value);
            return bytes.Length == 32 && bytes.All(b => IsHexDigit((char)b));
        }
        catch (FormatException)
        {
            return false;
        }
    }

    /// <summary>Examples, prompts, templates, repeated or sequential filler, GUIDs and the public fixtures.</summary>
    public static bool IsPlaceholder(string value)
    {
        string trimmed = value.Trim();
        if (trimmed.Length < 8)
        {
            return true;
        }

        if (PublicFixtures.IsFixture(trimmed))
        {
            return true;
        }

        string lower = trimmed.ToLowerInvariant();
        if (PlaceholderWords.Any(w => lower.Contains(w)))
        {
            return true;
        }

        // Templates and references: {0}, ${VAR}, %VAR%, <Your value>, $(Prop), [name].
        if (trimmed.IndexOfAny(TemplateCharacters) >= 0)
        {
            return true;
        }

        return DashedGuid.IsMatch(trimmed) || HasLongRun(trimmed) || IsSequential(lower);
    }

    public static double ShannonEntropy(string value)
    {
        var counts = new Dictionary<char, int>();
        foreach (char c in value)
        {
            counts[c] = counts.TryGetValue(c, out int n) ? n + 1 : 1;
        }

        double entropy = 0;
        foreach (int count in counts.Values)
        {
            double p = (double)count / value.Length;
            entropy -= p * Math.Log(p, 2);
        }

        return entropy;
    }

    private static bool IsHexDigit(char c) => c is >= '0' and <= '9' or >= 'a' and <= 'f' or >= 'A' and <= 'F';

    // Six equal characters in a row ("000000", "xxxxxx"): filler. A random 32-hex value has such a run with
    // a probability near 3 in 100,000, so real secrets are not lost to it.
    private static bool HasLongRun(string value)
    {
        int run = 1;
        for (int i = 1; i < value.Length; i++)
        {
            run = value[i] == value[i - 1] ? run + 1 : 1;
            if (run >= 6)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsSequential(string lower) =>
        lower.Contains("12345678") || lower.Contains("abcdefgh") || lower.Contains("0123456789") || HasInterleavedCount(lower);

    // Two counts woven together, as people type a made-up value ("a1b2c3d4e5f6…"): ten characters in a row that
    // each follow the one two places before them. Random hex does that with a chance far below one in a billion.
    private static bool HasInterleavedCount(string value)
    {
        int run = 0;
        for (int i = 2; i < value.Length; i++)
        {
            run = value[i] == value[i - 2] + 1 ? run + 1 : 0;
            if (run >= 10)
            {
                return true;
            }
        }

        return false;
    }
}
