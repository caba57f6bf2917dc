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
    public static Task VerifyAsync(string source, string fixedSource, int codeActionIndex = 0)
    {
        var test = new CSharpCodeFixTest<TAnalyzer, TCodeFix, DefaultVerifier>
        {
            TestCode = source,
            FixedCode = fixedSource,
            CodeActionIndex = codeActionIndex,
            ReferenceAssemblies = new ReferenceAssemblies("net10.0"),
        };
        foreach (ProjectState state in new[] { test.TestState, test.FixedState })
        {
            state.AdditionalReferences.AddRange(Basic.Reference.Assemblies.Net100.References.All.Cast<MetadataReference>());
            state.AdditionalReferences.Add(MetadataReference.CreateFromFile(typeof(AgoraApiAttribute).Assembly.Location));
        }

        return test.RunAsync();
    }
}
