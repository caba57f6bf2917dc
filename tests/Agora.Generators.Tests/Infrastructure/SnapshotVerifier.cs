using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;
using Microsoft.CodeAnalysis.Text;

namespace Agora.Generators.Tests.Infrastructure;

/// <summary>
/// Checks the generator's exact output against baseline files with the Roslyn SDK's source generator test
/// harness, which also compiles the result and fails on any compiler diagnostic.
/// </summary>
public static class SnapshotVerifier
{
    public static async Task VerifyAsync(string testCase, string source, bool withHttpClientFactory = false)
    {
        IReadOnlyList<MetadataReference> references = withHttpClientFactory
            ? TestCompilation.ReferencesWithHttpClientFactory
            : TestCompilation.References;
        if (Baseline.UpdateRequested)
        {
            UpdateBaselines(testCase, source, references);
        }

        var test = new CSharpSourceGeneratorTest<AgoraClientGenerator, DefaultVerifier>
        {
            ReferenceAssemblies = new ReferenceAssemblies("net10.0"),
        };
        test.TestState.Sources.Add(("Api.cs", source));
        test.TestState.AdditionalReferences.AddRange(references);
        foreach ((string hintName, string text) in Baseline.ReadAll(testCase))
        {
            test.TestState.GeneratedSources.Add((typeof(AgoraClientGenerator), hintName, SourceText.From(text, Encoding.UTF8)));
        }

        await test.RunAsync();
    }

    private static void UpdateBaselines(string testCase, string source, IReadOnlyList<MetadataReference> references)
    {
        GeneratorDriver driver = TestCompilation.Run(TestCompilation.Create(new[] { source }, references)).Driver;
        bool first = true;
        foreach (GeneratedSourceResult generated in driver.GetRunResult().Results.Single().GeneratedSources)
        {
            Baseline.Write(testCase, generated.HintName, generated.SourceText.ToString(), clear: first);
            first = false;
        }
    }
}
