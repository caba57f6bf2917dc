using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Agora.Rest;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace Agora.Analyzers.Tests;

/// <summary>
/// Runs an analyzer over source with the Roslyn SDK's harness against .NET 10 reference assemblies and
/// Agora.Rest; expected diagnostics are marked in the source as <c>{|AGR1001:text|}</c>.
/// </summary>
public static class AnalyzerVerifier<TAnalyzer>
    where TAnalyzer : DiagnosticAnalyzer, new()
{
    public static Task VerifyAsync(string source) => VerifyAsync(source, globalConfig: null);

    /// <summary>With diagnostics expected beyond the marked ones (for arguments, or a location marked <c>{|#0:text|}</c>).</summary>
    public static Task VerifyAsync(string source, params DiagnosticResult[] expected)
    {
        var test = Create(source, globalConfig: null);
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }

    /// <summary>With additional files (path, content); diagnostics in them are marked like those in source.</summary>
    public static Task VerifyWithFilesAsync(string source, params (string Path, string Content)[] files) =>
        VerifyWithFilesAsync(source, System.Array.Empty<DiagnosticResult>(), files);

    /// <summary>With additional files and diagnostics expected beyond the marked ones (for a severity, say).</summary>
    public static Task VerifyWithFilesAsync(string source, DiagnosticResult[] expected, params (string Path, string Content)[] files) =>
        VerifyWithFilesAsync(source, globalConfig: null, expected, files);

    /// <summary>With additional files and a project's options (<c>key = value</c> lines of a .globalconfig).</summary>
    public static Task VerifyWithFilesAsync(string source, string? globalConfig, DiagnosticResult[] expected, params (string Path, string Content)[] files)
    {
        var test = Create(source, globalConfig);
        test.ExpectedDiagnostics.AddRange(expected);
        foreach ((string path, string content) in files)
        {
            test.TestState.AdditionalFiles.Add((path, content));
        }

        return test.RunAsync();
    }

    /// <summary>
    /// With the package's source generator run first, so that generated clients exist as they do in a consuming
    /// project; the generated files themselves are not compared.
    /// </summary>
    public static Task VerifyWithGeneratorAsync(string source, params DiagnosticResult[] expected)
    {
        var test = Create(new GeneratingTest(), source, globalConfig: null);
        test.ExpectedDiagnostics.AddRange(expected);
        test.TestBehaviors |= TestBehaviors.SkipGeneratedSourcesCheck;
        return test.RunAsync();
    }

    /// <summary>With build properties (<c>build_property.X = v</c> lines) and extra references, as a project would have.</summary>
    public static Task VerifyAsync(string source, string? globalConfig, params MetadataReference[] references) =>
        Create(source, globalConfig, references).RunAsync();

    private static CSharpAnalyzerTest<TAnalyzer, DefaultVerifier> Create(string source, string? globalConfig, params MetadataReference[] references) =>
        Create(new CSharpAnalyzerTest<TAnalyzer, DefaultVerifier>(), source, globalConfig, references);

    private static CSharpAnalyzerTest<TAnalyzer, DefaultVerifier> Create(
        CSharpAnalyzerTest<TAnalyzer, DefaultVerifier> test, string source, string? globalConfig, params MetadataReference[] references)
    {
        test.TestCode = source;
        test.ReferenceAssemblies = new ReferenceAssemblies("net10.0");
        test.TestState.AdditionalReferences.AddRange(Basic.Reference.Assemblies.Net100.References.All.Cast<MetadataReference>());
        test.TestState.AdditionalReferences.Add(MetadataReference.CreateFromFile(typeof(AgoraApiAttribute).Assembly.Location));
        test.TestState.AdditionalReferences.Add(MetadataReference.CreateFromFile(typeof(Microsoft.Extensions.Configuration.IConfiguration).Assembly.Location));
        test.TestState.AdditionalReferences.Add(MetadataReference.CreateFromFile(typeof(Microsoft.Extensions.Primitives.IChangeToken).Assembly.Location));
        test.TestState.AdditionalReferences.Add(MetadataReference.CreateFromFile(typeof(Microsoft.Extensions.Logging.ILogger).Assembly.Location));
        test.TestState.AdditionalReferences.AddRange(references);
        if (globalConfig is not null)
        {
            test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\n" + globalConfig));
        }

        return test;
    }

    private sealed class GeneratingTest : CSharpAnalyzerTest<TAnalyzer, DefaultVerifier>
    {
        protected override IEnumerable<Type> GetSourceGenerators() => new[] { typeof(Agora.Generators.AgoraClientGenerator) };
    }
}
