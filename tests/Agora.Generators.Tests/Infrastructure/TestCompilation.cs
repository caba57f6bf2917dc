using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Agora.Rest;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Agora.Generators.Tests.Infrastructure;

/// <summary>Real Roslyn compilations against .NET 10 reference assemblies and the Agora.Rest runtime.</summary>
public static class TestCompilation
{
    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    /// <summary>.NET 10 reference assemblies plus Agora.Rest.</summary>
    public static IReadOnlyList<MetadataReference> References { get; } =
        Basic.Reference.Assemblies.Net100.References.All
            .Cast<MetadataReference>()
            .Append(MetadataReference.CreateFromFile(typeof(AgoraApiAttribute).Assembly.Location))
            .ToArray();

    /// <summary>As <see cref="References"/>, plus Microsoft.Extensions.Http and its DI abstractions.</summary>
    public static IReadOnlyList<MetadataReference> ReferencesWithHttpClientFactory { get; } = References
        .Append(MetadataReference.CreateFromFile(typeof(Microsoft.Extensions.DependencyInjection.HttpClientFactoryServiceCollectionExtensions).Assembly.Location))
        .Append(MetadataReference.CreateFromFile(typeof(Microsoft.Extensions.DependencyInjection.IServiceCollection).Assembly.Location))
        .ToArray();

    public static CSharpCompilation Create(IEnumerable<string> sources, IEnumerable<MetadataReference>? references = null) =>
        CSharpCompilation.Create(
            "Consumer",
            sources.Select((source, i) => CSharpSyntaxTree.ParseText(source, ParseOptions, path: $"Source{i}.cs")),
            references ?? References,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

    public static CSharpCompilation Create(params string[] sources) => Create((IEnumerable<string>)sources);

    /// <summary>Runs the generator and returns the driver (for step tracking) and the updated compilation.</summary>
    public static (GeneratorDriver Driver, Compilation Output, ImmutableArray<Diagnostic> Diagnostics) Run(Compilation input, GeneratorDriver? driver = null)
    {
        driver ??= NewDriver();
        driver = driver.RunGeneratorsAndUpdateCompilation(input, out Compilation output, out ImmutableArray<Diagnostic> diagnostics);
        return (driver, output, diagnostics);
    }

    public static GeneratorDriver NewDriver() => CSharpGeneratorDriver.Create(
        new[] { new AgoraClientGenerator().AsSourceGenerator() },
        parseOptions: ParseOptions,
        driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

    public static IEnumerable<Diagnostic> Errors(Compilation compilation) =>
        compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error);

    public static string Describe(IEnumerable<Diagnostic> diagnostics) => string.Join(Environment.NewLine, diagnostics.Select(d => d.ToString()));
}
