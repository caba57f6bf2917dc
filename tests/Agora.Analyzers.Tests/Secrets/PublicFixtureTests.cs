using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using Agora.Analyzers.Security;
using Agora.Tests.Shared;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Agora.Analyzers.Tests.Secrets;

/// <summary>
/// Every value Agora publishes in its token repositories' tests and samples (Fixtures/public-fixtures.tsv) is quiet
/// wherever a real secret or token would be reported; the same code with fresh random values is not.
/// </summary>
public sealed class PublicFixtureTests
{
    private static readonly string[] HexKinds = { "app-id", "app-certificate", "other-hex32" };

    private static List<(string Kind, string Value, string Where)> Fixtures() =>
        File.ReadAllLines(Path.Combine(RepositoryRoot.Find(), "tests", "Agora.Analyzers.Tests", "Secrets", "Fixtures", "public-fixtures.tsv"))
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(line => line.Split('\t'))
            .Select(cells => (cells[0], cells[1], cells[2]))
            .ToList();

    [Fact]
    public async Task Agoras_published_fixtures_are_never_reported()
    {
        var fixtures = Fixtures();
        string[] hex = fixtures.Where(f => HexKinds.Contains(f.Kind)).Select(f => f.Value).ToArray();
        string[] tokens = fixtures.Where(f => f.Kind == "token").Select(f => f.Value).ToArray();
        Assert.True(hex.Length >= 20 && tokens.Length >= 40, $"The fixture list is short: {hex.Length} values, {tokens.Length} tokens.");

        string source = UsesOf(hex, tokens);
        ImmutableArray<Diagnostic> found = await AnalyzeAsync(source);

        string[] lines = source.Split('\n');
        Assert.True(found.IsEmpty, "Reported fixtures:\n" + string.Join("\n", found.Select(d => $"{d.Id}: {lines[d.Location.GetLineSpan().StartLinePosition.Line].Trim()}")));
    }

    [Fact]
    public async Task The_same_uses_with_fresh_values_are_reported()
    {
        var fixtures = Fixtures();
        string[] hex = fixtures.Where(f => HexKinds.Contains(f.Kind)).Select(_ => RandomSecrets.Hex32()).ToArray();
        string[] tokens = fixtures.Where(f => f.Kind == "token").Select(_ => RandomSecrets.AccessToken2()).ToArray();

        ImmutableArray<Diagnostic> found = await AnalyzeAsync(UsesOf(hex, tokens));

        // Per value: the certificate const, the builder argument and the Basic secret; per token: the const.
        Assert.Equal(3 * hex.Length, found.Count(d => d.Id == "AGR0001"));
        Assert.Equal(tokens.Length, found.Count(d => d.Id == "AGR0002"));
    }

    // Each value where a secret is reported: a secret-named constant, a token builder's certificate, a Basic secret;
    // each token in a token-named constant used as credentials.
    private static string UsesOf(string[] hex, string[] tokens)
    {
        var source = new StringBuilder("namespace Fixtures;\n");
        for (int i = 0; i < hex.Length; i++)
        {
            source.Append($$"""
                public static class Value{{i}}
                {
                    public const string AppCertificate = "{{hex[i]}}";
                    public static string Build(string appId) => RtcTokenBuilder2.BuildTokenWithUid(appId, "{{hex[i]}}", "room", 0, RtcTokenRole.Publisher, 3600, 3600);
                    public static AgoraCredentials Basic() => AgoraCredentials.Basic("agora-customer", "{{hex[i]}}");
                }

                """);
        }

        for (int i = 0; i < tokens.Length; i++)
        {
            source.Append($$"""
                public static class Token{{i}}
                {
                    public const string Token = "{{tokens[i]}}";
                    public static AgoraCredentials Credentials() => AgoraCredentials.Token(Token);
                }

                """);
        }

        return source.ToString();
    }

    private static async Task<ImmutableArray<Diagnostic>> AnalyzeAsync(string source)
    {
        CSharpCompilation compilation = SecretCorpus.CompileFiles("Fixtures", new[] { ("Fixtures.cs", source) });
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
        return await compilation.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new HardCodedSecretAnalyzer())).GetAnalyzerDiagnosticsAsync();
    }
}
