using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Reflection;
using System.Threading;
using System.Threading.Tasks;
using Agora.Rest;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace Agora.Analyzers.Tests.CompilerRobustness;

/// <summary>
/// One source's robustness run: the generator, every analyzer and every code fix of the package over one text at a
/// time, in one workspace whose document text changes. Collects every failure rather than stopping at the first.
/// </summary>
internal sealed class RobustnessRun
{
    private static readonly MetadataReference[] References = Basic.Reference.Assemblies.Net100.References.All
        .Cast<MetadataReference>()
        .Append(MetadataReference.CreateFromFile(typeof(AgoraApiAttribute).Assembly.Location))
        .Append(MetadataReference.CreateFromFile(typeof(Microsoft.Extensions.Configuration.IConfiguration).Assembly.Location))
        .Append(MetadataReference.CreateFromFile(typeof(Microsoft.Extensions.Logging.ILogger).Assembly.Location))
        .ToArray();

    private static readonly ImmutableArray<DiagnosticAnalyzer> Analyzers = Instances<DiagnosticAnalyzer>(typeof(Agora.Analyzers.Declarations.ApiDeclarationAnalyzer).Assembly);

    private static readonly ImmutableArray<CodeFixProvider> Fixers = Instances<CodeFixProvider>(typeof(Agora.CodeFixes.AddPartialCodeFix).Assembly);

    private readonly AdhocWorkspace _workspace = new();
    private readonly DocumentId _document;
    private Solution _solution;

    public RobustnessRun()
    {
        ProjectId project = ProjectId.CreateNewId();
        _document = DocumentId.CreateNewId(project);
        _solution = _workspace.CurrentSolution
            .AddProject(ProjectInfo.Create(project, VersionStamp.Default, "Consumer", "Consumer", LanguageNames.CSharp,
                compilationOptions: new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable),
                parseOptions: new CSharpParseOptions(LanguageVersion.Latest),
                metadataReferences: References))
            .AddDocument(_document, "Source.cs", SourceText.From(string.Empty));
    }

    public List<string> Failures { get; } = new();

    public int Compilations { get; private set; }

    public int CompilingInputs { get; private set; }

    public int FixesComputed { get; private set; }

    public int AnalyzerDiagnostics { get; private set; }

    /// <summary>
    /// Runs everything over <paramref name="text"/>; <paramref name="label"/> names it in failures. Returns whether
    /// the input compiled (and so the generated code had to).
    /// </summary>
    public async Task<bool> CheckAsync(string text, string label)
    {
        _solution = _solution.WithDocumentText(_document, SourceText.From(text));
        Document document = _solution.GetDocument(_document)!;
        Compilation input = (await document.Project.GetCompilationAsync())!;
        Compilations++;

        GeneratorDriver driver = CSharpGeneratorDriver.Create(new Agora.Generators.AgoraClientGenerator())
            .RunGeneratorsAndUpdateCompilation(input, out Compilation output, out ImmutableArray<Diagnostic> generatorDiagnostics);
        GeneratorRunResult result = driver.GetRunResult().Results.Single();
        if (result.Exception is not null)
        {
            Failures.Add($"{label}: the generator threw {result.Exception}");
        }

        foreach (Diagnostic diagnostic in generatorDiagnostics.Where(d => d.Id == "CS8785"))
        {
            Failures.Add($"{label}: {diagnostic}");
        }

        bool inputCompiles = !input.GetDiagnostics().Any(d => d.Severity == DiagnosticSeverity.Error);
        if (inputCompiles)
        {
            CompilingInputs++;
            Diagnostic[] errors = output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToArray();
            if (errors.Length > 0)
            {
                Failures.Add($"{label}: the input compiles but the generated code does not: {errors[0]}");
            }
        }

        var options = new CompilationWithAnalyzersOptions(
            new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty),
            onAnalyzerException: (exception, analyzer, _) => Failures.Add($"{label}: {analyzer.GetType().Name} threw {exception}"),
            concurrentAnalysis: false,
            logAnalyzerExecutionTime: false);
        ImmutableArray<Diagnostic> diagnostics = await output.WithAnalyzers(Analyzers, options).GetAnalyzerDiagnosticsAsync();
        AnalyzerDiagnostics += diagnostics.Length;
        foreach (Diagnostic diagnostic in diagnostics.Where(d => d.Id == "AD0001"))
        {
            Failures.Add($"{label}: {diagnostic}");
        }

        await FixAsync(document, diagnostics, label);
        return inputCompiles;
    }

    // One fix computation per fixable diagnostic id (and fixer) in the document: every code path of a fix runs on
    // half-typed code without each prefix paying for every occurrence.
    private async Task FixAsync(Document document, ImmutableArray<Diagnostic> diagnostics, string label)
    {
        SyntaxTree tree = (await document.GetSyntaxTreeAsync())!;
        foreach (IGrouping<string, Diagnostic> sameId in diagnostics.Where(d => d.Location.SourceTree == tree).GroupBy(d => d.Id))
        {
            Diagnostic diagnostic = sameId.First();
            foreach (CodeFixProvider fixer in Fixers.Where(f => f.FixableDiagnosticIds.Contains(diagnostic.Id)))
            {
                try
                {
                    var actions = new List<CodeAction>();
                    await fixer.RegisterCodeFixesAsync(new CodeFixContext(document, diagnostic, (action, _) => actions.Add(action), CancellationToken.None));
                    foreach (CodeAction action in actions)
                    {
                        await action.GetOperationsAsync(CancellationToken.None);
                        FixesComputed++;
                    }
                }
                catch (Exception exception)
                {
                    Failures.Add($"{label}: {fixer.GetType().Name} threw on {diagnostic.Id}: {exception}");
                }
            }
        }
    }

    private static ImmutableArray<T> Instances<T>(Assembly assembly) =>
        assembly.GetTypes()
            .Where(type => typeof(T).IsAssignableFrom(type) && !type.IsAbstract && type.GetConstructor(Type.EmptyTypes) is not null)
            .Select(type => (T)Activator.CreateInstance(type)!)
            .ToImmutableArray();
}
