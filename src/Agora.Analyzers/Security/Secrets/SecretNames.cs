using System;
using System.Linq;
using System.Text;

namespace Agora.Analyzers.Security.Secrets;

/// <summary>
/// Names that hold Agora server secrets: identifiers (<c>customerSecret</c>, <c>AGORA_APP_CERTIFICATE</c>,
/// <c>app_cert</c>) and configuration keys (<c>Agora:CustomerSecret</c>, <c>Agora__AppCertificate</c>).
/// A name that only refers to the secret (<c>CustomerSecretKey</c>, <c>AppCertificateHint</c>) is not one.
/// </summary>
internal static class SecretNames
{
    // Longest first, so that "appcertificate" wins over "appcert" and the remainder is what follows it.
    private static readonly (string Stem, string Kind)[] Stems =
    {
        ("secondarycertificate", SecretKind.AppCertificate),
        ("primarycertificate", SecretKind.AppCertificate),
        ("agoracertificate", SecretKind.AppCertificate),
        ("customersecret", SecretKind.CustomerSecret),
        ("appcertificate", SecretKind.AppCertificate),
        ("agorasecret", SecretKind.Secret),
        ("agorarestapisecret", SecretKind.CustomerSecret),
        ("restsecret", SecretKind.CustomerSecret),
        ("agoracert", SecretKind.AppCertificate),
        ("appcert", SecretKind.AppCertificate),
        ("signkey", SecretKind.AppCertificate),
    };

    // What may follow the stem in a name that still holds the value itself ("CustomerSecretValue",
    // "appCertificate2"); anything else ("Key", "Hint", "EnvVar", "Path", "Length") names something about it.
    private static readonly char[] Digits = "0123456789".ToCharArray();

    private static readonly string[] ValueSuffixes = { "", "s", "value", "values", "str", "string", "raw", "bytes", "base64", "utf8", "hex" };

    /// <summary>The kind of secret the name holds, or <see langword="null"/>.</summary>
    public static string? Classify(string? name) => Classify(name, SecretOptions.None);

    /// <summary>The kind of secret the name holds, the project's extra secret names included, or <see langword="null"/>.</summary>
    public static string? Classify(string? name, SecretOptions options)
    {
        if (name is null || (!MayNameSecret(name) && options.ExtraNames.IsEmpty))
        {
            return null;
        }

        string lastSegment = LastSegment(name);
        return ClassifyNormalized(Normalize(lastSegment), options)
            // A generic last word takes its section's name: "Agora:Secret" names what "AgoraSecret" does.
            ?? (lastSegment.Length < name.Length && SectionOf(name, lastSegment) is { Length: > 0 } section
                ? ClassifyNormalized(Normalize(LastSegment(section)) + Normalize(lastSegment), options)
                : null);
    }

    private static string? ClassifyNormalized(string normalized, SecretOptions options)
    {
        if (normalized.Contains("appid"))
        {
            return null;
        }

        foreach (string extra in options.ExtraNames)
        {
            int at = normalized.LastIndexOf(extra, StringComparison.Ordinal);
            if (at >= 0 && ValueSuffixes.Contains(normalized.Substring(at + extra.Length).TrimEnd(Digits)))
            {
                return SecretKind.Secret;
            }
        }

        foreach ((string stem, string kind) in Stems)
        {
            int at = normalized.LastIndexOf(stem, StringComparison.Ordinal);
            if (at < 0)
            {
                continue;
            }

            string rest = normalized.Substring(at + stem.Length).TrimEnd(Digits);
            return ValueSuffixes.Contains(rest) ? kind : null;
        }

        return null;
    }

    /// <summary>
    /// A cheap necessary condition for <see cref="Classify"/>: every stem holds "secret", "cert" or "sign" in
    /// one piece (separators fall between words, not inside them), so most names and texts end here without
    /// being normalized.
    /// </summary>
    public static bool MayNameSecret(string text) =>
        text.IndexOf("secret", StringComparison.OrdinalIgnoreCase) >= 0
        || text.IndexOf("cert", StringComparison.OrdinalIgnoreCase) >= 0
        || text.IndexOf("sign", StringComparison.OrdinalIgnoreCase) >= 0;

    /// <summary>The key without its last part and the separator before it: "Agora:Rest:Secret" → "Agora:Rest".</summary>
    private static string SectionOf(string name, string lastSegment)
    {
        string section = name.Substring(0, name.Length - lastSegment.Length);
        return section.EndsWith("__", StringComparison.Ordinal) ? section.Substring(0, section.Length - 2) : section.TrimEnd(':');
    }

    /// <summary>The last part of a configuration key: "Agora:CustomerSecret" → "CustomerSecret".</summary>
    private static string LastSegment(string name)
    {
        int colon = name.LastIndexOf(':');
        int dunder = name.LastIndexOf("__", StringComparison.Ordinal);
        if (dunder >= 0 && dunder + 2 < name.Length && dunder > colon)
        {
            return name.Substring(dunder + 2);
        }

        return colon >= 0 && colon + 1 < name.Length ? name.Substring(colon + 1) : name;
    }

    /// <summary>
    /// Lower-case letters and digits only, so camelCase, snake_case, kebab-case and SCREAMING_CASE agree; a leading
    /// '@' or '_' of an identifier goes too.
    /// </summary>
    public static string Normalize(string name)
    {
        var builder = new StringBuilder(name.Length);
        foreach (char c in name)
        {
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }

        return builder.ToString();
    }
}
