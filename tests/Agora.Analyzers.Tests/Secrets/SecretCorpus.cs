using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Agora.Rest.Tokens;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Agora.Analyzers.Tests.Secrets;

/// <summary>
/// One labelled case of the secret corpus: <see cref="Expected"/> lists one rule id per diagnostic the case
/// should get (empty: none), and <see cref="Source"/> is a whole C# file with its placeholders filled in.
/// </summary>
internal sealed record CorpusCase(string Id, ImmutableArray<string> Expected, string Why, string Source)
{
    public bool IsPositive => !Expected.IsEmpty;
}

/// <summary>
/// Loads the labelled AGR0001/AGR0002 corpus (<c>Secrets/Corpus/*.corpus</c>, embedded) and compiles it.
/// Secrets are never stored in the corpus: <c>$CERT$</c>-style placeholders get fresh random values on every
/// load, so a detector cannot learn the corpus by heart and no real credential lands in the repository.
/// </summary>
internal static class SecretCorpus
{
    /// <summary>The rules the corpus labels.</summary>
    public static readonly ImmutableArray<string> Rules = ImmutableArray.Create("AGR0001", "AGR0002");

    /// <summary>What the harness adds for every case, so cases hold no using directives.</summary>
    public const string GlobalUsings = """
        global using System;
        global using System.Collections.Generic;
        global using System.Linq;
        global using System.Net.Http;
        global using System.Net.Http.Headers;
        global using System.Text;
        global using System.Threading;
        global using System.Threading.Tasks;
        global using Agora.Rest;
        global using Agora.Rest.Tokens;
        global using Microsoft.Extensions.Configuration;
        """;

    private const string CaseMarker = "=== case:";

    private static readonly Regex s_id = new("^[a-z][a-z0-9]*(-[a-z0-9]+)*$", RegexOptions.CultureInvariant);
    private static readonly Regex s_header = new("^(expect|why):(.*)$", RegexOptions.CultureInvariant);
    private static readonly Regex s_placeholder = new(@"\$([A-Z][A-Z0-9_]*)\$", RegexOptions.CultureInvariant);

    private static readonly CSharpParseOptions s_parseOptions = new(LanguageVersion.Latest);

    private static readonly Lazy<ImmutableArray<MetadataReference>> s_references = new(() =>
        Basic.Reference.Assemblies.Net100.References.All.Cast<MetadataReference>()
            .Append(MetadataReference.CreateFromFile(typeof(Agora.Rest.AgoraApiAttribute).Assembly.Location))
            .Append(MetadataReference.CreateFromFile(typeof(Microsoft.Extensions.Configuration.IConfiguration).Assembly.Location))
            // IConfiguration.GetReloadToken returns IChangeToken, which lives here.
            .Append(MetadataReference.CreateFromFile(typeof(Microsoft.Extensions.Primitives.IChangeToken).Assembly.Location))
            .ToImmutableArray());

    // Agora.Rest is built against .NET 8 and the corpus against .NET 10; like the SDK, don't warn about the unification.
    private static readonly ImmutableDictionary<string, ReportDiagnostic> s_quietUnification = ImmutableDictionary.CreateRange(new[]
    {
        KeyValuePair.Create("CS1701", ReportDiagnostic.Suppress),
        KeyValuePair.Create("CS1702", ReportDiagnostic.Suppress),
    });

    /// <summary>Every embedded case, placeholders filled with values drawn for this call.</summary>
    public static IReadOnlyList<CorpusCase> Load() =>
        LoadTemplates().Select(c => c with { Source = Substitute(c, out _) }).ToList();

    /// <summary>
    /// One library: a tree per case named <c>&lt;id&gt;.cs</c>, each wrapped in its own namespace so that
    /// cases can reuse type names, plus the global usings.
    /// </summary>
    public static CSharpCompilation Compile(IEnumerable<CorpusCase> cases) =>
        CompileFiles("SecretCorpus", cases.Select(c => (c.Id + ".cs", Wrap(c))));

    /// <summary>
    /// One library of whole C# files (path, text), with the corpus's global usings and references: the compilation
    /// every corpus, the one-file cases here and the multi-file blind cases alike, is analysed in.
    /// </summary>
    public static CSharpCompilation CompileFiles(string assemblyName, IEnumerable<(string Path, string Text)> files)
    {
        var trees = new List<SyntaxTree>
        {
            CSharpSyntaxTree.ParseText(GlobalUsings, s_parseOptions, path: "GlobalUsings.cs", encoding: Encoding.UTF8),
        };
        trees.AddRange(files.Select(f => CSharpSyntaxTree.ParseText(f.Text, s_parseOptions, path: f.Path, encoding: Encoding.UTF8)));

        return CSharpCompilation.Create(
            assemblyName,
            trees,
            s_references.Value,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable)
                .WithSpecificDiagnosticOptions(s_quietUnification));
    }

    /// <summary>The cases as written, placeholders still in place.</summary>
    internal static IReadOnlyList<CorpusCase> LoadTemplates()
    {
        var assembly = typeof(SecretCorpus).Assembly;
        string[] resources = assembly.GetManifestResourceNames()
            .Where(n => n.EndsWith(".corpus", StringComparison.Ordinal))
            .OrderBy(n => n, StringComparer.Ordinal)
            .ToArray();
        if (resources.Length == 0)
        {
            throw new InvalidOperationException("No *.corpus files are embedded in the test assembly; check the EmbeddedResource item.");
        }

        var cases = new List<CorpusCase>();
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (string resource in resources)
        {
            using var reader = new StreamReader(assembly.GetManifestResourceStream(resource)!, Encoding.UTF8);
            foreach (CorpusCase c in Parse(reader.ReadToEnd(), resource))
            {
                if (!seen.TryAdd(c.Id, resource))
                {
                    throw new FormatException($"Corpus case '{c.Id}' in {resource} has the same id as a case in {seen[c.Id]}.");
                }

                cases.Add(c);
            }
        }

        return cases;
    }

    /// <summary>
    /// Parses one corpus file: cases start with <c>=== case: id</c>, then <c>expect:</c> and <c>why:</c> lines,
    /// then the C# body up to the next case. Before the first case only blank and <c>#</c> lines may appear.
    /// </summary>
    internal static IReadOnlyList<CorpusCase> Parse(string text, string fileName)
    {
        string[] lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var cases = new List<CorpusCase>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        int i = 0;
        for (; i < lines.Length && !lines[i].StartsWith(CaseMarker, StringComparison.Ordinal); i++)
        {
            if (lines[i].Trim().Length > 0 && !lines[i].StartsWith('#'))
            {
                throw new FormatException($"{fileName}, line {i + 1}: text before the first '{CaseMarker}' line must be a '#' comment.");
            }
        }

        while (i < lines.Length)
        {
            string id = lines[i].Substring(CaseMarker.Length).Trim();
            string where = $"Corpus case '{id}' ({fileName}, line {i + 1})";
            if (!s_id.IsMatch(id))
            {
                throw new FormatException($"{where}: the id must be kebab-case and start with a letter.");
            }

            if (!ids.Add(id))
            {
                throw new FormatException($"{where}: the id is used twice.");
            }

            i++;
            string? expect = null;
            string? why = null;
            for (Match m; i < lines.Length && (m = s_header.Match(lines[i])).Success; i++)
            {
                string value = m.Groups[2].Value.Trim();
                if (m.Groups[1].Value == "expect")
                {
                    expect = expect is null ? value : throw new FormatException($"{where}: 'expect:' is given twice.");
                }
                else
                {
                    why = why is null ? value : throw new FormatException($"{where}: 'why:' is given twice.");
                }
            }

            int start = i;
            while (i < lines.Length && !lines[i].StartsWith(CaseMarker, StringComparison.Ordinal))
            {
                i++;
            }

            if (expect is null)
            {
                throw new FormatException($"{where}: the 'expect:' line is missing (use 'expect: none' for a negative).");
            }

            if (string.IsNullOrEmpty(why))
            {
                throw new FormatException($"{where}: the 'why:' line is missing or empty.");
            }

            // Blank lines around the body are layout, not code.
            int end = i;
            while (start < end && lines[start].Trim().Length == 0)
            {
                start++;
            }

            while (end > start && lines[end - 1].Trim().Length == 0)
            {
                end--;
            }

            string body = string.Join("\n", lines[start..end]);
            if (body.Length == 0)
            {
                throw new FormatException($"{where}: the case has no C# body.");
            }

            cases.Add(new CorpusCase(id, ParseExpected(expect, where), why, body + "\n"));
        }

        return cases;
    }

    /// <summary>Fills the placeholders of <paramref name="template"/>; <paramref name="values"/> maps each name used (without dollars) to its value.</summary>
    internal static string Substitute(CorpusCase template, out IReadOnlyDictionary<string, string> values) =>
        Substitute(template.Id, template.Source, out values);

    /// <summary>Fills the placeholders of any corpus text; one draw per name, so every file of a case agrees.</summary>
    internal static string Substitute(string caseId, string text, out IReadOnlyDictionary<string, string> values)
    {
        var drawn = new PlaceholderValues(caseId);
        string source = s_placeholder.Replace(text, m => drawn.Get(m.Groups[1].Value));
        values = drawn.Used;
        return source;
    }

    private static ImmutableArray<string> ParseExpected(string expect, string where)
    {
        if (expect == "none")
        {
            return ImmutableArray<string>.Empty;
        }

        ImmutableArray<string> rules = expect.Split(',').Select(r => r.Trim()).ToImmutableArray();
        foreach (string rule in rules)
        {
            if (!Rules.Contains(rule))
            {
                throw new FormatException($"{where}: 'expect: {expect}' names '{rule}'; use 'none' or a comma-separated list of {string.Join(", ", Rules)}.");
            }
        }

        return rules;
    }

    /// <summary>
    /// Wraps a case in <c>namespace Corpus.PascalCaseId { … }</c>. Leading <c>//</c> lines stay above the
    /// namespace so that an <c>// &lt;auto-generated/&gt;</c> header is still the first thing in the tree.
    /// </summary>
    private static string Wrap(CorpusCase c)
    {
        string[] lines = c.Source.Split('\n');
        int comments = lines.TakeWhile(l => l.TrimStart().StartsWith("//", StringComparison.Ordinal)).Count();
        string name = string.Concat(c.Id.Split('-').Select(part => char.ToUpperInvariant(part[0]) + part[1..]));
        var text = new StringBuilder();
        foreach (string line in lines[..comments])
        {
            text.Append(line).Append('\n');
        }

        text.Append("namespace Corpus.").Append(name).Append('\n').Append("{\n");
        foreach (string line in lines[comments..])
        {
            text.Append(line).Append('\n');
        }

        return text.Append("}\n").ToString();
    }

    /// <summary>
    /// Values for one case, drawn on first use so every occurrence of a placeholder in the case agrees, and
    /// derived ones (<c>$BASIC$</c>, <c>$CERT_HEAD$</c>, tokens…) agree with the values they are made from.
    /// </summary>
    private sealed class PlaceholderValues(string caseId)
    {
        private readonly Dictionary<string, string> _values = new(StringComparer.Ordinal);

        public IReadOnlyDictionary<string, string> Used => _values;

        public string Get(string name)
        {
            if (!_values.TryGetValue(name, out string? value))
            {
                value = Draw(name);
                _values[name] = value;
            }

            return value;
        }

        private string Draw(string name) => name switch
        {
            "CERT" or "CERT2" or "APPID" or "CUSTOMER_ID" or "CUSTOMER_SECRET" or "CUSTOMER_ID2" or "CUSTOMER_SECRET2" or "HEX32" => RandomHex(32),
            "SHA1" => RandomHex(40),
            "SHA256" => RandomHex(64),
            "GUID" => new Guid(RandomNumberGenerator.GetBytes(16)).ToString(),
            "BASIC" => Convert.ToBase64String(Encoding.UTF8.GetBytes(Get("CUSTOMER_ID") + ":" + Get("CUSTOMER_SECRET"))),
            "CERT_HEAD" => Get("CERT")[..16],
            "CERT_TAIL" => Get("CERT")[16..],
            "CERT_CHARS" => string.Join(", ", Get("CERT").Select(ch => $"'{ch}'")),
            "CERT_BASE64" => Convert.ToBase64String(Encoding.UTF8.GetBytes(Get("CERT"))),
            "CERT_BYTES" => string.Join(", ", Encoding.UTF8.GetBytes(Get("CERT")).Select(b => $"0x{b:x2}")),
            // Built for the case's App ID with a certificate of its own, as a token copied from a token server would be.
            "TOKEN007" => RtmTokenBuilder2.BuildToken(Get("APPID"), RandomHex(32), "user", 3600),
            "TOKEN006" => AccessToken.Build(Get("APPID"), RandomHex(32), "demo-channel", "1234", new[]
            {
                new TokenPrivilege((ushort)AccessTokenPrivilege.JoinChannel, (uint)DateTimeOffset.UtcNow.AddHours(1).ToUnixTimeSeconds()),
            }),
            _ => throw new FormatException($"Corpus case '{caseId}' uses the unknown placeholder ${name}$."),
        };

        /// <summary>
        /// Random lowercase hex, redrawn when it looks like a made-up value (a character four times in a row,
        /// a run such as "abcd" or "1234", under 3 bits of entropy per character) that detectors rightly drop
        /// as a placeholder: such a draw would turn a positive into a coin toss and make precision and recall
        /// differ from run to run.
        /// </summary>
        private static string RandomHex(int length)
        {
            while (true)
            {
                string hex = RandomNumberGenerator.GetHexString(length, lowercase: true);
                if (!LooksMadeUp(hex))
                {
                    return hex;
                }
            }
        }

        private static bool LooksMadeUp(string hex)
        {
            for (int i = 0; i + 3 < hex.Length; i++)
            {
                bool repeated = hex[i] == hex[i + 1] && hex[i] == hex[i + 2] && hex[i] == hex[i + 3];
                bool sequential = hex[i + 1] == hex[i] + 1 && hex[i + 2] == hex[i] + 2 && hex[i + 3] == hex[i] + 3;
                if (repeated || sequential)
                {
                    return true;
                }
            }

            return hex.Contains("dead", StringComparison.Ordinal) || hex.Contains("beef", StringComparison.Ordinal)
                || hex.Contains("cafe", StringComparison.Ordinal) || hex.Contains("face", StringComparison.Ordinal)
                || Entropy(hex) < 3.0;
        }

        private static double Entropy(string text) =>
            -text.GroupBy(ch => ch).Sum(g => (double)g.Count() / text.Length * Math.Log2((double)g.Count() / text.Length));
    }
}
