using System;
using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Agora.Analyzers.Security.Secrets;

/// <summary>
/// What a project tells the secret rules (AGR0001, AGR0002, AGR0005) in .editorconfig or .globalconfig:
/// <code>
/// agora_secrets.extra_names = VaultMaterial, rtc_signing_material
/// agora_secrets.skip_paths = **/TestData/**, src/Legacy/*.cs
/// </code>
/// Extra names hold a secret as the built-in ones do (<c>customerSecret</c>, <c>appCertificate</c>): any case or
/// separator, with the same value suffixes. Skipped paths are globs (<c>**</c> any folders, <c>*</c> any characters
/// but '/', <c>?</c> one) matched against the end of a file's path. Lists are comma-separated (.editorconfig reads
/// ';' and '#' as the start of a comment).
/// </summary>
internal sealed class SecretOptions
{
    public const string ExtraNamesKey = "agora_secrets.extra_names";
    public const string SkipPathsKey = "agora_secrets.skip_paths";

    public static readonly SecretOptions None = new(ImmutableArray<string>.Empty, ImmutableArray<Regex>.Empty);

    // Parsed once per distinct pair of option values: every file of a project usually shares one.
    private static readonly ConcurrentDictionary<(string Names, string Paths), SecretOptions> Parsed = new();

    private readonly ImmutableArray<Regex> _skipPaths;

    private SecretOptions(ImmutableArray<string> extraNames, ImmutableArray<Regex> skipPaths)
    {
        ExtraNames = extraNames;
        _skipPaths = skipPaths;
    }

    /// <summary>The extra names, normalized as <see cref="SecretNames"/> compares names (lower-case letters and digits).</summary>
    public ImmutableArray<string> ExtraNames { get; }

    public static SecretOptions From(AnalyzerConfigOptions options)
    {
        options.TryGetValue(ExtraNamesKey, out string? names);
        options.TryGetValue(SkipPathsKey, out string? paths);
        if (string.IsNullOrWhiteSpace(names) && string.IsNullOrWhiteSpace(paths))
        {
            return None;
        }

        return Parsed.GetOrAdd((names ?? string.Empty, paths ?? string.Empty), key => new SecretOptions(
            Split(key.Names).Select(SecretNames.Normalize).Where(n => n.Length > 0).Distinct().ToImmutableArray(),
            Split(key.Paths).Select(Glob).ToImmutableArray()));
    }

    /// <summary>Whether the rules leave the file at <paramref name="path"/> alone.</summary>
    public bool Skips(string? path) =>
        path is not null && !_skipPaths.IsEmpty && _skipPaths.Any(glob => glob.IsMatch(path.Replace('\\', '/')));

    private static readonly char[] Separators = { ',' };

    private static string[] Split(string list) =>
        list.Split(Separators, StringSplitOptions.RemoveEmptyEntries).Select(item => item.Trim()).Where(item => item.Length > 0).ToArray();

    // A glob matched at the end of a path, from a folder boundary on: "tests/Fixtures/**" matches
    // "/repo/tests/Fixtures/a/b.cs", and "Secrets.cs" matches any file of that name.
    private static Regex Glob(string glob)
    {
        string pattern = glob.Replace('\\', '/').TrimStart('/');
        var regex = new StringBuilder("(^|/)");
        for (int i = 0; i < pattern.Length; i++)
        {
            char c = pattern[i];
            if (c == '*' && i + 1 < pattern.Length && pattern[i + 1] == '*')
            {
                bool folder = i + 2 < pattern.Length && pattern[i + 2] == '/';
                regex.Append(folder ? "(.*/)?" : ".*");
                i += folder ? 2 : 1;
            }
            else
            {
                regex.Append(c switch
                {
                    '*' => "[^/]*",
                    '?' => "[^/]",
                    _ => Regex.Escape(c.ToString()),
                });
            }
        }

        return new Regex(regex.Append('$').ToString(), RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);
    }
}
