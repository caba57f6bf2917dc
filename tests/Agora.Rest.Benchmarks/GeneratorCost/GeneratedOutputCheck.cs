using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Agora.Rest.Benchmarks.GeneratorCost;

/// <summary>
/// Proves a generator does its whole job on a synthetic project before it is timed: a generator that quietly
/// skipped the interfaces (a wrong attribute name, a missing reference) would look fast for the wrong reason.
/// </summary>
internal static class GeneratedOutputCheck
{
    /// <summary>Throws unless every interface gets a generated implementation and the result compiles.</summary>
    /// <returns>A line for the report saying what was checked.</returns>
    public static string Verify(GeneratorUnderTest generator, SyntheticApiProject project)
    {
        GeneratorDriver driver = generator.CreateDriver()
            .RunGeneratorsAndUpdateCompilation(project.Compilation, out Compilation output, out ImmutableArray<Diagnostic> generatorDiagnostics);
        GeneratorRunResult run = driver.GetRunResult().Results.Single();
        if (run.Exception is not null)
        {
            throw new InvalidOperationException($"{generator.Name} threw on {project.InterfaceCount} interfaces.", run.Exception);
        }

        List<SyntaxTree> generatedTrees = output.SyntaxTrees.Where(tree => !project.Compilation.ContainsSyntaxTree(tree)).ToList();
        int implemented = ImplementedInterfaces(output, generatedTrees);
        if (implemented != project.InterfaceCount)
        {
            throw new InvalidOperationException(
                $"{generator.Name} implemented {implemented} of {project.InterfaceCount} interfaces in {generatedTrees.Count} generated files.");
        }

        List<Diagnostic> errors = generatorDiagnostics.Concat(output.GetDiagnostics())
            .Where(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error)
            .ToList();
        if (errors.Count > 0)
        {
            throw new InvalidOperationException(
                $"{generator.Name}'s output for {project.InterfaceCount} interfaces does not compile ({errors.Count} errors), first: {errors[0]}");
        }

        return $"{generator.Name}, {project.InterfaceCount:N0} interfaces: {generatedTrees.Count:N0} generated files implement "
            + $"{implemented:N0}/{project.InterfaceCount:N0} interfaces; the project with them compiles with 0 errors.";
    }

    // Counted from the compiled output rather than from file names, whose scheme is each generator's own business.
    private static int ImplementedInterfaces(Compilation output, IEnumerable<SyntaxTree> generatedTrees)
    {
        var implemented = new HashSet<string>(StringComparer.Ordinal);
        foreach (SyntaxTree tree in generatedTrees)
        {
            SemanticModel model = output.GetSemanticModel(tree);
            foreach (ClassDeclarationSyntax declaration in tree.GetRoot().DescendantNodes().OfType<ClassDeclarationSyntax>())
            {
                if (model.GetDeclaredSymbol(declaration) is not INamedTypeSymbol type)
                {
                    continue;
                }

                foreach (INamedTypeSymbol api in type.AllInterfaces.Where(i => i.ContainingNamespace.ToDisplayString() == "Synthetic.Apis"))
                {
                    implemented.Add(api.Name);
                }
            }
        }

        return implemented.Count;
    }
}
