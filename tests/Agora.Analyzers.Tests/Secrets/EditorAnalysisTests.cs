using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Agora.Analyzers.Security;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Agora.Analyzers.Tests.Secrets;

/// <summary>
/// The editor analyses one open file at a time and shows only what that file's analysis reports about it. A secret
/// written in one file and used as a credential in another must therefore be reported by the analysis of the file
/// that writes it, with its fix, and by no other: analysed as the IDE does (one document's semantic diagnostics).
/// </summary>
public sealed class EditorAnalysisTests
{
    private readonly string _secret = RandomSecrets.Hex32();

    private static (CSharpCompilation Compilation, SyntaxTree Writes, SyntaxTree Uses) TwoFiles(string writes, string uses)
    {
        CSharpCompilation compilation = SecretCorpus.CompileFiles("Editor", new[] { ("Writes.cs", writes), ("Uses.cs", uses) });
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
        return (compilation, compilation.SyntaxTrees.Single(t => t.FilePath == "Writes.cs"), compilation.SyntaxTrees.Single(t => t.FilePath == "Uses.cs"));
    }

    public static TheoryData<string, string> Flows => new()
    {
        // A neutral name: only the use says it is a certificate.
        {
            """
            namespace App;
            internal static class Vault { public const string Material = "SECRET"; }
            """,
            """
            namespace App;
            internal static class Tokens
            {
                public static string For(string appId) => RtcTokenBuilder2.BuildTokenWithUid(appId, Vault.Material, "room", 0, RtcTokenRole.Publisher, 3600, 3600);
            }
            """
        },
        // Through a property and a field in between.
        {
            """
            namespace App;
            public sealed class Settings
            {
                public static readonly Settings Default = new();
                public string Material { get; } = "SECRET";
            }
            """,
            """
            namespace App;
            internal sealed class Recorder
            {
                private readonly string _material = Settings.Default.Material;
                private static readonly string s_copy = Settings.Default.Material;
                public AgoraCredentials Credentials(string id) => AgoraCredentials.Basic(id, s_copy);
            }
            """
        },
        // Returned by a helper in the writing file, used in the other.
        {
            """
            namespace App;
            internal static class Keys
            {
                private const string Stored = "SECRET";
                public static string Current() => Stored;
            }
            """,
            """
            namespace App;
            internal static class Provider
            {
                public static RtcTokenProvider Create(string appId) => new(appId, Keys.Current(), "room", 0u);
            }
            """
        },
    };

    [Theory]
    [MemberData(nameof(Flows))]
    public async Task A_secret_used_in_another_file_shows_in_the_file_that_writes_it_with_its_fix(string writes, string uses)
    {
        var (compilation, written, used) = TwoFiles(writes.Replace("SECRET", _secret), uses);
        CompilationWithAnalyzers analysis = compilation.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new HardCodedSecretAnalyzer()));

        ImmutableArray<Diagnostic> inWritingFile = await analysis.GetAnalyzerSemanticDiagnosticsAsync(compilation.GetSemanticModel(written), null, CancellationToken.None);
        Diagnostic diagnostic = Assert.Single(inWritingFile);
        Assert.Equal("AGR0001", diagnostic.Id);
        Assert.Equal(written, diagnostic.Location.SourceTree);
        Assert.Equal($"\"{_secret}\"", diagnostic.Location.SourceTree!.GetText().ToString(diagnostic.Location.SourceSpan));
        Assert.NotEmpty(diagnostic.Properties); // what the code fix needs to move the value to configuration

        ImmutableArray<Diagnostic> inUsingFile = await analysis.GetAnalyzerSemanticDiagnosticsAsync(compilation.GetSemanticModel(used), null, CancellationToken.None);
        Assert.Empty(inUsingFile);

        // The build sees it once.
        Assert.Single(await analysis.GetAnalyzerDiagnosticsAsync());
    }

    [Fact]
    public async Task A_recursive_helper_is_followed_to_its_end()
    {
        // The helper calls itself with the value it was given: following it must not go round for ever.
        var (compilation, written, _) = TwoFiles(
            $$"""
            namespace App;
            internal static class Keys { public const string Material = "{{_secret}}"; }
            """,
            """
            namespace App;
            internal static class Picker
            {
                private static string Pick(string value, int depth) => depth > 3 ? value : Pick(value, depth + 1);
                public static AgoraCredentials For(string id) => AgoraCredentials.Basic(id, Pick(Keys.Material, 0));
            }
            """);
        CompilationWithAnalyzers analysis = compilation.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new HardCodedSecretAnalyzer()));

        Diagnostic diagnostic = Assert.Single(await analysis.GetAnalyzerSemanticDiagnosticsAsync(compilation.GetSemanticModel(written), null, CancellationToken.None));
        Assert.Equal("AGR0001", diagnostic.Id);
    }

    [Fact]
    public async Task A_value_that_never_becomes_a_credential_is_quiet_in_every_file()
    {
        var (compilation, written, used) = TwoFiles(
            $$"""
            namespace App;
            internal static class Vault { public const string Material = "{{_secret}}"; }
            """,
            """
            namespace App;
            internal static class Logs
            {
                public static string Correlation() => "run-" + Vault.Material;
                public static int Length => Vault.Material.Length;
            }
            """);
        CompilationWithAnalyzers analysis = compilation.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new HardCodedSecretAnalyzer()));

        Assert.Empty(await analysis.GetAnalyzerDiagnosticsAsync());
        Assert.Empty(await analysis.GetAnalyzerSemanticDiagnosticsAsync(compilation.GetSemanticModel(written), null, CancellationToken.None));
    }

    [Fact]
    public async Task Asking_again_for_a_span_or_the_whole_file_shows_the_finding_every_time()
    {
        // The editor asks for a line's diagnostics (the light bulb) and for the whole file, on the same compilation.
        var (compilation, written, _) = TwoFiles(
            $$"""
            namespace App;
            internal static class Vault
            {
                public const string Material = "{{_secret}}";
            }
            """,
            """
            namespace App;
            internal static class Tokens
            {
                public static string For(string appId) => RtcTokenBuilder2.BuildTokenWithUid(appId, Vault.Material, "room", 0, RtcTokenRole.Publisher, 3600, 3600);
            }
            """);
        CompilationWithAnalyzers analysis = compilation.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new HardCodedSecretAnalyzer()));
        SemanticModel model = compilation.GetSemanticModel(written);
        Microsoft.CodeAnalysis.Text.TextSpan line = written.GetText().Lines[3].Span;

        Assert.Single(await analysis.GetAnalyzerSemanticDiagnosticsAsync(model, line, CancellationToken.None));
        Assert.Single(await analysis.GetAnalyzerSemanticDiagnosticsAsync(model, null, CancellationToken.None));
        Assert.Single(await analysis.GetAnalyzerSemanticDiagnosticsAsync(model, line, CancellationToken.None));
        Assert.Single(await analysis.GetAnalyzerSemanticDiagnosticsAsync(compilation.GetSemanticModel(written), null, CancellationToken.None));
    }
}
