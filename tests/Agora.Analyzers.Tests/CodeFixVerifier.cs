using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Agora.Rest;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace Agora.Analyzers.Tests;

/// <summary>Applies a code fix with the Roslyn SDK's harness and compares the result, diagnostics included.</summary>
public static class CodeFixVerifier<TAnalyzer, TCodeFix>
    where TAnalyzer : DiagnosticAnalyzer, new()
    where TCodeFix : CodeFixProvider, new()
{
    /// <summary>The diagnostics marked in <paramref name="source"/> are reported and no fix is offered for them.</summary>
    public static Task VerifyNoFixAsync(string source) => VerifyAsync(source, source, markupInFixedSource: true);

    public static Task VerifyAsync(string source, string fixedSource, int codeActionIndex = 0) => VerifyAsync(source, fixedSource, false, codeActionIndex);

    /// <summary>
    /// With the package's source generator run before the analyzer, as in a consuming project (generated files are
    /// not compared); Fix All in document, project and solution must give <paramref name="fixedSource"/> too.
    /// </summary>
    public static Task VerifyWithGeneratorAsync(string source, string fixedSource)
    {
        CSharpCodeFixTest<TAnalyzer, TCodeFix, DefaultVerifier> test = Create(new GeneratingTest(), source, fixedSource, markupInFixedSource: false, codeActionIndex: 0);
        test.TestBehaviors |= TestBehaviors.SkipGeneratedSourcesCheck;
        return test.RunAsync();
    }

    /// <summary>
    /// Against the netstandard2.0 reference assemblies alone (no SocketsHttpHandler there), as a library targeting
    /// netstandard2.0 is compiled; the source declares what it needs of Agora.Rest itself.
    /// </summary>
    public static Task VerifyOnNetStandard20Async(string source, string fixedSource)
    {
        var test = new CSharpCodeFixTest<TAnalyzer, TCodeFix, DefaultVerifier>
        {
            TestCode = source,
            FixedCode = fixedSource,
            ReferenceAssemblies = ReferenceAssemblies.NetStandard.NetStandard20,
        };
        return test.RunAsync();
    }

    private static Task VerifyAsync(string source, string fixedSource, bool markupInFixedSource, int codeActionIndex = 0) =>
        Create(new CSharpCodeFixTest<TAnalyzer, TCodeFix, DefaultVerifier>(), source, fixedSource, markupInFixedSource, codeActionIndex).RunAsync();

    private static CSharpCodeFixTest<TAnalyzer, TCodeFix, DefaultVerifier> Create(
        CSharpCodeFixTest<TAnalyzer, TCodeFix, DefaultVerifier> test, string source, string fixedSource, bool markupInFixedSource, int codeActionIndex)
    {
        test.TestCode = source;
        test.FixedCode = fixedSource;
        test.CodeActionIndex = codeActionIndex;
        test.ReferenceAssemblies = new ReferenceAssemblies("net10.0");
        if (markupInFixedSource)
        {
            test.FixedState.MarkupHandling = MarkupMode.Allow;
        }

        foreach (ProjectState state in new[] { test.TestState, test.FixedState })
        {
            state.AdditionalReferences.AddRange(Basic.Reference.Assemblies.Net100.References.All.Cast<MetadataReference>());
            state.AdditionalReferences.Add(MetadataReference.CreateFromFile(typeof(AgoraApiAttribute).Assembly.Location));
            state.AdditionalReferences.Add(MetadataReference.CreateFromFile(typeof(Microsoft.Extensions.Configuration.IConfiguration).Assembly.Location));
            state.AdditionalReferences.Add(MetadataReference.CreateFromFile(typeof(Microsoft.Extensions.Primitives.IChangeToken).Assembly.Location));
        }

        return test;
    }

    private sealed class GeneratingTest : CSharpCodeFixTest<TAnalyzer, TCodeFix, DefaultVerifier>
    {
        protected override IEnumerable<Type> GetSourceGenerators() => new[] { typeof(Agora.Generators.AgoraClientGenerator) };
    }
}
