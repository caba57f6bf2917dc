using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using Agora.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace Agora.Generators.Tests;

/// <summary>The pipeline caches: unrelated edits regenerate nothing, and an edit to one interface regenerates only it.</summary>
public sealed class IncrementalityTests
{
    private const string ChannelApi = """
        using System.Threading.Tasks;
        using Agora.Rest;
        namespace Contoso;
        [AgoraApi, BasicAuth]
        public partial interface IChannelApi
        {
            [Get("/dev/v1/channel/{appId}")]
            Task<string> ListAsync(string appId);
        }
        """;

    private const string ProjectApi = """
        using System.Threading.Tasks;
        using Agora.Rest;
        namespace Contoso;
        [AgoraApi, BasicAuth]
        public partial interface IProjectApi
        {
            [Get("/dev/v1/projects")]
            Task<string> ListAsync();
        }
        """;

    private const string Unrelated = """
        namespace Contoso;
        public static class Helper { public static int Answer() => 42; }
        """;

    [Fact]
    public void An_unrelated_edit_leaves_every_step_and_output_cached()
    {
        CSharpCompilation compilation = TestCompilation.Create(ChannelApi, ProjectApi, Unrelated);
        GeneratorDriver driver = TestCompilation.Run(compilation).Driver;

        CSharpCompilation edited = ReplaceTree(compilation, 2, Unrelated.Replace("42", "43", StringComparison.Ordinal));
        GeneratorRunResult result = TestCompilation.Run(edited, driver).Driver.GetRunResult().Results.Single();

        Assert.All(Outputs(result, TrackingNames.Clients), reason => Assert.True(
            reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"Clients step was {reason}"));
        Assert.All(result.TrackedOutputSteps.SelectMany(step => step.Value).SelectMany(run => run.Outputs), output =>
            Assert.Equal(IncrementalStepRunReason.Cached, output.Reason));
    }

    [Fact]
    public void With_IHttpClientFactory_referenced_an_unrelated_edit_leaves_the_registrations_cached()
    {
        CSharpCompilation compilation = TestCompilation.Create(
            new[] { ChannelApi, ProjectApi, Unrelated }, TestCompilation.ReferencesWithHttpClientFactory);
        GeneratorDriver driver = TestCompilation.Run(compilation).Driver;
        Assert.Equal(4, driver.GetRunResult().Results.Single().GeneratedSources.Length);

        CSharpCompilation edited = ReplaceTree(compilation, 2, Unrelated.Replace("42", "43", StringComparison.Ordinal));
        GeneratorRunResult result = TestCompilation.Run(edited, driver).Driver.GetRunResult().Results.Single();

        Assert.All(Outputs(result, TrackingNames.ReferencesHttpClientFactory), reason => Assert.True(
            reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"factory step was {reason}"));
        Assert.Equal(2, Outputs(result, TrackingNames.ServiceRegistrations).Count());
        Assert.All(Outputs(result, TrackingNames.ServiceRegistrations), reason => Assert.True(
            reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"registration step was {reason}"));
        Assert.All(result.TrackedOutputSteps.SelectMany(step => step.Value).SelectMany(run => run.Outputs), output =>
            Assert.Equal(IncrementalStepRunReason.Cached, output.Reason));
    }

    [Fact]
    public void Editing_one_interface_regenerates_only_that_interface()
    {
        CSharpCompilation compilation = TestCompilation.Create(ChannelApi, ProjectApi, Unrelated);
        GeneratorDriver driver = TestCompilation.Run(compilation).Driver;
        string projectClientBefore = Generated(driver, "Contoso.IProjectApi.g.cs");

        CSharpCompilation edited = ReplaceTree(compilation, 0, ChannelApi.Replace(
            "Task<string> ListAsync(string appId);",
            "Task<string> ListAsync(string appId);\n    [Get(\"/dev/v1/channel/user/{appId}/{channel}\")] Task<string> UsersAsync(string appId, string channel);",
            StringComparison.Ordinal));
        GeneratorDriver after = TestCompilation.Run(edited, driver).Driver;
        GeneratorRunResult result = after.GetRunResult().Results.Single();

        IncrementalStepRunReason[] reasons = Outputs(result, TrackingNames.Clients).ToArray();
        Assert.Equal(1, reasons.Count(r => r == IncrementalStepRunReason.Modified));
        Assert.Equal(1, reasons.Count(r => r is IncrementalStepRunReason.Unchanged or IncrementalStepRunReason.Cached));
        Assert.Contains("UsersAsync", Generated(after, "Contoso.IChannelApi.g.cs"), StringComparison.Ordinal);
        Assert.Equal(projectClientBefore, Generated(after, "Contoso.IProjectApi.g.cs"));
    }

    [Fact]
    public void Models_hold_no_symbols_syntax_or_compilations()
    {
        GeneratorDriver driver = TestCompilation.Run(TestCompilation.Create(ChannelApi, ProjectApi)).Driver;
        GeneratorRunResult result = driver.GetRunResult().Results.Single();

        foreach (IncrementalGeneratorRunStep step in result.TrackedSteps[TrackingNames.Clients])
        {
            foreach ((object value, IncrementalStepRunReason _) in step.Outputs)
            {
                AssertPlainData(value, new HashSet<object>(ReferenceEqualityComparer.Instance), "spec");
            }
        }
    }

    private static void AssertPlainData(object? value, HashSet<object> visited, string path)
    {
        if (value is null || value is string || value.GetType().IsPrimitive || value.GetType().IsEnum || !visited.Add(value))
        {
            return;
        }

        Assert.False(value is ISymbol or SyntaxNode or Compilation or SemanticModel or Location or SyntaxTree,
            $"{path} holds a {value.GetType().Name}, which would defeat caching and keep compilations alive");
        if (value is IEnumerable items)
        {
            int i = 0;
            foreach (object? item in items)
            {
                AssertPlainData(item, visited, $"{path}[{i++}]");
            }

            return;
        }

        foreach (FieldInfo field in value.GetType().GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic))
        {
            AssertPlainData(field.GetValue(value), visited, $"{path}.{field.Name}");
        }
    }

    private static IEnumerable<IncrementalStepRunReason> Outputs(GeneratorRunResult result, string stepName) =>
        result.TrackedSteps[stepName].SelectMany(step => step.Outputs).Select(output => output.Reason);

    private static string Generated(GeneratorDriver driver, string hintName) =>
        driver.GetRunResult().Results.Single().GeneratedSources.Single(s => s.HintName == hintName).SourceText.ToString();

    private static CSharpCompilation ReplaceTree(CSharpCompilation compilation, int index, string newText)
    {
        SyntaxTree old = compilation.SyntaxTrees.ElementAt(index);
        return compilation.ReplaceSyntaxTree(old, old.WithChangedText(SourceText.From(newText)));
    }
}
