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

    private static Task VerifyAsync(string source, string fixedSource, bool markupInFixedSource, int codeActionIndex = 0)
    {
        var test = new CSharpCodeFixTest<TAnalyzer, TCodeFix, DefaultVerifier>
        {
            TestCode = source,
            FixedCode = fixedSource,
            CodeActionIndex = codeActionIndex,
            ReferenceAssemblies = new ReferenceAssemblies("net10.0"),
        };
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

        return test.RunAsync();
    }
}
