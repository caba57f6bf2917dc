using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text.RegularExpressions;

namespace Agora.Analyzers.Tests.Secrets.Blind;

/// <summary>One secret a blind case says must be reported: its rule, and the file and lines where it is written.</summary>
internal sealed record BlindSecret(string Rule, string File, ImmutableArray<int> Lines);

/// <summary>One file of a blind case.</summary>
internal sealed record BlindFile(string Name, string Text);

/// <summary>
/// One blind case (format: Blind/README.md): the secrets it expects, none for a negative, and its C# files, which
/// compile together.
/// </summary>
internal sealed record BlindCase(string Id, string Why, ImmutableArray<BlindSecret> Expected, ImmutableArray<BlindFile> Files)
{
    private static readonly Regex s_expect = new(@"^expect:\s*(?<rule>AGR000[12])\s+(?<file>[A-Za-z0-9_.]+\.cs):(?<lines>\d+(,\d+)*)\s*$", RegexOptions.CultureInvariant);
    private const string FileMarker = "--- ";

    public bool IsPositive => !Expected.IsEmpty;

    /// <summary>Parses a <c>.case</c> file; <paramref name="id"/> is its name without the extension.</summary>
    public static BlindCase Parse(string id, string text)
    {
        string[] lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        string why = "";
        var expected = new List<BlindSecret>();
        bool negative = false;
        int i = 0;
        for (; i < lines.Length && !lines[i].StartsWith(FileMarker, StringComparison.Ordinal); i++)
        {
            string line = lines[i].Trim();
            if (line.StartsWith("# why:", StringComparison.Ordinal))
            {
                why = line["# why:".Length..].Trim();
            }
            else if (line == "expect: none")
            {
                negative = true;
            }
            else if (s_expect.Match(line) is { Success: true } m)
            {
                expected.Add(new BlindSecret(
                    m.Groups["rule"].Value,
                    m.Groups["file"].Value,
                    m.Groups["lines"].Value.Split(',').Select(int.Parse).ToImmutableArray()));
            }
            else if (line.Length > 0 && !line.StartsWith('#'))
            {
                throw new FormatException($"Blind case '{id}', line {i + 1}: expected '# …', 'expect: none' or 'expect: AGR000n File.cs:line'.");
            }
        }

        if (negative == (expected.Count > 0))
        {
            throw new FormatException($"Blind case '{id}': give either 'expect: none' or one or more 'expect:' secrets.");
        }

        var files = new List<BlindFile>();
        while (i < lines.Length)
        {
            string name = lines[i][FileMarker.Length..].Trim();
            int start = ++i;
            while (i < lines.Length && !lines[i].StartsWith(FileMarker, StringComparison.Ordinal))
            {
                i++;
            }

            files.Add(new BlindFile(name, string.Join("\n", lines[start..i]) + "\n"));
        }

        foreach (BlindSecret secret in expected)
        {
            BlindFile? file = files.FirstOrDefault(f => f.Name == secret.File);
            // Text ends with a newline, so the last piece of the split is not a line.
            int fileLines = file is null ? 0 : file.Text.Split('\n').Length - 1;
            if (file is null || secret.Lines.Any(l => l < 1 || l > fileLines))
            {
                throw new FormatException($"Blind case '{id}': {secret.Rule} at {secret.File}:{string.Join(",", secret.Lines)} is not a line of a file of the case.");
            }
        }

        return new BlindCase(id, why, expected.ToImmutableArray(), files.ToImmutableArray());
    }
}
