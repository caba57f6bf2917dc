using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace Agora.Rest.Benchmarks.UnrelatedScan;

/// <summary>One AGR0xxx diagnostic on scanned code; <see cref="Path"/> is relative to the repository's root.</summary>
internal sealed record Finding(string Rule, string Path, int Line, string Message);

/// <summary>An analyzer that threw, with where it was looking.</summary>
internal sealed record AnalyzerFailure(string Analyzer, string Exception, string Where);

/// <summary>
/// Compiles one chunk against the .NET 10 reference assemblies and Agora.Rest and runs the package's analyzers
/// over it. The scanned projects' own package references are missing, so the compilation has errors; the
/// analyzers still run on every tree and every bound operation, as in an IDE whose restore failed.
/// </summary>
internal sealed class ChunkScanner(ImmutableArray<DiagnosticAnalyzer> analyzers)
{
    private static readonly ImmutableArray<MetadataReference> References = Basic.Reference.Assemblies.Net100.References.All.Cast<MetadataReference>()
        .Append(MetadataReference.CreateFromFile(typeof(AgoraApiAttribute).Assembly.Location))
        // The abstractions server code binds its configuration and logging calls to, so AGR0006 sees ILogger calls as a build would.
        .Append(MetadataReference.CreateFromFile(typeof(Microsoft.Extensions.Configuration.IConfiguration).Assembly.Location))
        .Append(MetadataReference.CreateFromFile(typeof(Microsoft.Extensions.Primitives.StringValues).Assembly.Location))
        .Append(MetadataReference.CreateFromFile(typeof(Microsoft.Extensions.Logging.ILogger).Assembly.Location))
        .Append(MetadataReference.CreateFromFile(typeof(Microsoft.Extensions.DependencyInjection.IServiceCollection).Assembly.Location))
        .ToImmutableArray();

    // A net10.0 build's symbols, so #if NET… blocks are the ones a current build compiles.
    private static readonly CSharpParseOptions ParseOptions = new CSharpParseOptions(LanguageVersion.Preview).WithPreprocessorSymbols(
        new[] { "NET", "NETCOREAPP", "NET10_0" }
            .Concat(Enumerable.Range(5, 6).Select(v => $"NET{v}_0_OR_GREATER"))
            .Concat(new[] { "NETCOREAPP1_0_OR_GREATER", "NETCOREAPP2_0_OR_GREATER", "NETCOREAPP2_1_OR_GREATER", "NETCOREAPP3_0_OR_GREATER", "NETCOREAPP3_1_OR_GREATER" }));

    // The SDK's implicit usings (Microsoft.NET.Sdk); missing ones only add compile errors.
    private const string ImplicitUsings = """
        global using global::System;
        global using global::System.Collections.Generic;
        global using global::System.IO;
        global using global::System.Linq;
        global using global::System.Net.Http;
        global using global::System.Threading;
        global using global::System.Threading.Tasks;
        """;

    // Agora.Rest targets .NET 8 and the scan .NET 10; like the SDK, don't warn about the unification.
    private static readonly CSharpCompilationOptions CompilationOptions = new CSharpCompilationOptions(
            OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, allowUnsafe: true, concurrentBuild: true)
        .WithSpecificDiagnosticOptions(new Dictionary<string, ReportDiagnostic> { ["CS1701"] = ReportDiagnostic.Suppress, ["CS1702"] = ReportDiagnostic.Suppress });

    public async Task<(IReadOnlyList<Finding> Findings, IReadOnlyList<AnalyzerFailure> Failures)> ScanAsync(string root, ScanChunk chunk)
    {
        ProjectProperties properties = ProjectProperties.Read(chunk.ProjectFile);
        var trees = new List<SyntaxTree>(chunk.SourceFiles.Count + 1);
        foreach (string file in chunk.SourceFiles)
        {
            trees.Add(CSharpSyntaxTree.ParseText(Read(file), ParseOptions, path: file));
        }

        if (properties.ImplicitUsings)
        {
            trees.Add(CSharpSyntaxTree.ParseText(ImplicitUsings, ParseOptions, path: Path.Combine(root, "ImplicitUsings.g.cs"), encoding: Encoding.UTF8));
        }

        CSharpCompilation compilation = CSharpCompilation.Create("Scanned", trees, References, CompilationOptions);
        var failures = new ConcurrentBag<AnalyzerFailure>();
        var options = new CompilationWithAnalyzersOptions(
            ScanAnalyzerOptions.For(properties, chunk.SettingsFiles),
            (exception, analyzer, diagnostic) => failures.Add(new AnalyzerFailure(analyzer.GetType().Name, $"{exception.GetType().Name}: {exception.Message}", Where(root, diagnostic.Location))),
            concurrentAnalysis: true,
            logAnalyzerExecutionTime: false);
        ImmutableArray<Diagnostic> diagnostics = await compilation.WithAnalyzers(analyzers, options).GetAnalyzerDiagnosticsAsync().ConfigureAwait(false);

        var findings = new List<Finding>();
        foreach (Diagnostic diagnostic in diagnostics)
        {
            if (diagnostic.Id == "AD0001")
            {
                failures.Add(new AnalyzerFailure("(AD0001)", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), Where(root, diagnostic.Location)));
            }
            else if (diagnostic.Id.StartsWith("AGR0", StringComparison.Ordinal))
            {
                FileLinePositionSpan span = diagnostic.Location.GetLineSpan();
                findings.Add(new Finding(diagnostic.Id, Relative(root, span.Path), span.StartLinePosition.Line + 1, diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture)));
            }
        }

        return (findings, failures.ToList());
    }

    private static SourceText Read(string file)
    {
        using FileStream stream = File.OpenRead(file);
        return SourceText.From(stream, throwIfBinaryDetected: false);
    }

    private static string Where(string root, Location location) =>
        location == Location.None ? "(compilation)" : $"{Relative(root, location.GetLineSpan().Path)}:{location.GetLineSpan().StartLinePosition.Line + 1}";

    private static string Relative(string root, string path) =>
        string.IsNullOrEmpty(path) ? "(no file)" : Path.GetRelativePath(root, path).Replace('\\', '/');
}
