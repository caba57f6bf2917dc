using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Agora.Rest.Benchmarks.GeneratorCost;

// Hosted only by this harness's in-process drivers, never by a compiler, so the rules for shipped generators
// (target framework, extended rules) do not apply.
#pragma warning disable RS1041, RS1036

/// <summary>
/// The floor for any generator that finds its interfaces by attribute: the same lookup as Agora.Generators
/// (<c>ForAttributeWithMetadataName</c> on <c>[AgoraApi]</c> interfaces) with a transform that only takes the
/// interface's name. Whatever an edit costs this generator, every generator built that way pays too.
/// </summary>
[Generator(LanguageNames.CSharp)]
internal sealed class InterfaceLookupOnlyGenerator : IIncrementalGenerator
{
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        IncrementalValuesProvider<string> names = context.SyntaxProvider.ForAttributeWithMetadataName(
            "Agora.Rest.AgoraApiAttribute",
            static (node, _) => node is InterfaceDeclarationSyntax,
            static (attributeContext, _) => attributeContext.TargetSymbol.Name);
        context.RegisterSourceOutput(names, static (output, name) => output.AddSource(name + ".g.cs", "// " + name));
    }
}
