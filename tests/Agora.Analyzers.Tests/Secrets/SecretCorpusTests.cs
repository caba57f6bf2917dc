using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using Agora.Rest.Tokens;
using Microsoft.CodeAnalysis;

namespace Agora.Analyzers.Tests.Secrets;

/// <summary>
/// Checks the labelled AGR0001/AGR0002 corpus itself (size, balance, that it compiles, that its secrets are
/// fresh and its tokens real), so a precision/recall score computed over it means something.
/// </summary>
public sealed class SecretCorpusTests
{
    [Fact]
    public void The_corpus_is_large_and_balanced()
    {
        IReadOnlyList<CorpusCase> cases = SecretCorpus.Load();

        Assert.True(cases.Count >= 170, $"{cases.Count} cases; at least 170 are needed.");
        Assert.True(cases.Count(c => c.IsPositive) >= 75, $"{cases.Count(c => c.IsPositive)} positives; at least 75 are needed.");
        Assert.True(cases.Count(c => !c.IsPositive) >= 90, $"{cases.Count(c => !c.IsPositive)} negatives; at least 90 are needed.");
        Assert.Equal(cases.Count, cases.Select(c => c.Id).Distinct(StringComparer.Ordinal).Count());
        Assert.Contains(cases, c => c.Expected.Contains("AGR0001"));
        Assert.Contains(cases, c => c.Expected.Contains("AGR0002"));
    }

    [Fact]
    public void Every_case_compiles()
    {
        var errors = SecretCorpus.Compile(SecretCorpus.Load()).GetDiagnostics()
            .Where(d => d.Severity == DiagnosticSeverity.Error)
            .Select(d => $"{d.Location.SourceTree?.FilePath}: {d.Id} {d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)} in: {Line(d.Location)}")
            .ToList();

        Assert.True(errors.Count == 0, "Corpus cases that do not compile:\n" + string.Join("\n", errors));
    }

    [Fact]
    public void Placeholders_are_random_per_load()
    {
        string id = SecretCorpus.LoadTemplates().First(c => c.Source.Contains("$CERT$", StringComparison.Ordinal)).Id;

        string first = SecretCorpus.Load().Single(c => c.Id == id).Source;
        string second = SecretCorpus.Load().Single(c => c.Id == id).Source;

        Assert.NotEqual(first, second);
        Assert.DoesNotContain("$CERT$", first, StringComparison.Ordinal);
    }

    [Fact]
    public void Token_placeholders_are_real_tokens()
    {
        var templates = SecretCorpus.LoadTemplates();
        var with007 = templates.Where(c => c.Source.Contains("$TOKEN007$", StringComparison.Ordinal)).ToList();
        var with006 = templates.Where(c => c.Source.Contains("$TOKEN006$", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(with007);
        Assert.NotEmpty(with006);

        foreach (CorpusCase template in with007)
        {
            string source = SecretCorpus.Substitute(template, out var values);
            string token = values["TOKEN007"];
            Assert.StartsWith("007eJ", token, StringComparison.Ordinal);
            Assert.Contains(token, source, StringComparison.Ordinal);
            Assert.Equal(values["APPID"], AccessToken2.Parse(token).AppId);
        }

        foreach (CorpusCase template in with006)
        {
            string source = SecretCorpus.Substitute(template, out var values);
            string token = values["TOKEN006"];
            Assert.Contains(token, source, StringComparison.Ordinal);
            Assert.Equal(values["APPID"], AccessToken.Parse(token).AppId);
        }
    }

    [Fact]
    public void Values_of_one_case_agree_with_each_other()
    {
        CorpusCase template = new("pair", [], "derived values", "\"$CUSTOMER_ID$\" \"$CUSTOMER_SECRET$\" \"$BASIC$\" \"$CERT$\" \"$CERT_HEAD$$CERT_TAIL$\"");

        SecretCorpus.Substitute(template, out var values);

        Assert.Equal(values["CUSTOMER_ID"] + ":" + values["CUSTOMER_SECRET"], System.Text.Encoding.UTF8.GetString(Convert.FromBase64String(values["BASIC"])));
        Assert.Equal(values["CERT"], values["CERT_HEAD"] + values["CERT_TAIL"]);
        Assert.Matches("^[0-9a-f]{32}$", values["CERT"]);
    }

    [Fact]
    public void The_corpus_holds_no_literal_secret()
    {
        // Only Agora's two public test vectors may be written out; anything else of that shape must be a placeholder.
        var publicVectors = new[] { "970CA35de60c44645bbae8a215061b33", "5CFd2fd1755d40ecb72977518be15d3b" };
        var literal = new Regex(@"(?<![0-9A-Fa-f])[0-9A-Fa-f]{32,}(?![0-9A-Fa-f])");

        var offenders = SecretCorpus.LoadTemplates()
            .SelectMany(c => literal.Matches(c.Source).Select(m => (c.Id, m.Value)))
            .Where(hit => !publicVectors.Contains(hit.Value) && hit.Value.Distinct().Count() > 1 && !IsSequential(hit.Value))
            .Select(hit => $"{hit.Id}: {hit.Value}")
            .ToList();

        Assert.True(offenders.Count == 0, "Hex literals that should be placeholders:\n" + string.Join("\n", offenders));
    }

    [Theory]
    [InlineData("=== case: a\nwhy: w\nclass C {}\n", "Corpus case 'a'", "expect:")]
    [InlineData("=== case: a\nexpect: none\nwhy: w\nclass C {}\n=== case: a\nexpect: none\nwhy: w\nclass D {}\n", "Corpus case 'a'", "twice")]
    [InlineData("=== case: a\nexpect: AGR0009\nwhy: w\nclass C {}\n", "Corpus case 'a'", "AGR0009")]
    [InlineData("=== case: Not_Kebab\nexpect: none\nwhy: w\nclass C {}\n", "Corpus case 'Not_Kebab'", "kebab-case")]
    public void Malformed_corpus_text_is_rejected_naming_the_case(string text, string naming, string problem)
    {
        var error = Assert.Throws<FormatException>(() => SecretCorpus.Parse(text, "test.corpus"));

        Assert.Contains(naming, error.Message, StringComparison.Ordinal);
        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_placeholders_are_rejected_naming_the_case()
    {
        CorpusCase template = SecretCorpus.Parse("=== case: typo\nexpect: AGR0001\nwhy: w\nclass C { const string S = \"$CRET$\"; }\n", "test.corpus").Single();

        var error = Assert.Throws<FormatException>(() => SecretCorpus.Substitute(template, out _));

        Assert.Contains("'typo'", error.Message, StringComparison.Ordinal);
        Assert.Contains("$CRET$", error.Message, StringComparison.Ordinal);
    }

    // Line numbers would count the namespace the harness wraps around a case, so quote the line instead.
    private static string Line(Location location) =>
        location.SourceTree is { } tree ? tree.GetText().Lines[location.GetLineSpan().StartLinePosition.Line].ToString().Trim() : "";

    // "0123456789abcdef…" is a textbook dummy the corpus uses on purpose, as a negative.
    private static bool IsSequential(string hex) =>
        "0123456789abcdef0123456789abcdef0123456789abcdef".Contains(hex, StringComparison.OrdinalIgnoreCase);
}
