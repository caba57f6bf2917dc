using System;
using System.Diagnostics;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Agora.Rest.Benchmarks.GeneratorCost;

/// <summary>An unrelated-edit run split in two: binding the API interfaces on the edited compilation, then the generator.</summary>
internal readonly record struct BindingShare(double BindingMs, double GeneratorAfterBindingMs);

/// <summary>
/// Separates, in the unrelated-edit run, the compiler's binding of the API interfaces from the generator's own work.
/// Every edit yields a new compilation whose symbols are built anew, and a generator that reads them on every edit
/// (ForAttributeWithMetadataName's transform does) is the first to ask, so it is billed for binding them. Binding the
/// interfaces (symbols, attributes, signatures, default values) before the run leaves mostly the generator's own
/// share in the timing info; whatever else it asks the compiler for stays in its run.
/// </summary>
internal static class BindingShareTimer
{
    public static BindingShare Measure(GeneratorUnderTest generator, SyntheticApiProject project)
    {
        GeneratorDriver driver = generator.CreateDriver().RunGenerators(project.Compilation);
        Compilation edited = project.WithUnrelatedEdit(project.Compilation);
        GC.Collect(); // as in EditSequenceTimer: no collection of earlier garbage inside the timed part
        GC.WaitForPendingFinalizers();
        GC.Collect();

        var binding = Stopwatch.StartNew();
        BindApiInterfaces(edited);
        double bindingMs = binding.Elapsed.TotalMilliseconds;

        driver = driver.RunGenerators(edited);
        return new BindingShare(bindingMs, driver.GetTimingInfo().GeneratorTimes.Sum(time => time.ElapsedTime.TotalMilliseconds));
    }

    // What a generator that reads the endpoints may ask for (Refit's does not read default values), and no more:
    // the other files, which neither generator reads, stay unbound.
    private static void BindApiInterfaces(Compilation compilation)
    {
        foreach (SyntaxTree tree in compilation.SyntaxTrees)
        {
            SemanticModel model = compilation.GetSemanticModel(tree);
            foreach (InterfaceDeclarationSyntax declaration in tree.GetRoot().DescendantNodes().OfType<InterfaceDeclarationSyntax>())
            {
                if (model.GetDeclaredSymbol(declaration) is not INamedTypeSymbol api)
                {
                    continue;
                }

                _ = api.GetAttributes();
                foreach (IMethodSymbol method in api.GetMembers().OfType<IMethodSymbol>())
                {
                    _ = method.GetAttributes();
                    _ = method.ReturnType;
                    foreach (IParameterSymbol parameter in method.Parameters)
                    {
                        _ = parameter.GetAttributes();
                        _ = parameter.Type;
                        _ = parameter.HasExplicitDefaultValue ? parameter.ExplicitDefaultValue : null;
                    }
                }
            }
        }
    }
}
