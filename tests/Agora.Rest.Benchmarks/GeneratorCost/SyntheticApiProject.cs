using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Agora.Rest.Benchmarks.GeneratorCost;

/// <summary>
/// A freshly parsed compilation of <see cref="InterfaceCount"/> API interfaces in one flavor, with the two edits
/// the harness applies to it already parsed, so that parsing never falls inside a timed generator run.
/// </summary>
internal sealed class SyntheticApiProject
{
    private static readonly CSharpParseOptions Options = new(LanguageVersion.Latest);

    private readonly SyntaxTree _unrelatedTree;
    private readonly SyntaxTree _unrelatedTreeEdited;
    private readonly SyntaxTree _unrelatedTreeWithNewMember;
    private readonly SyntaxTree _firstInterfaceTree;
    private readonly SyntaxTree _firstInterfaceTreeEdited;

    private SyntheticApiProject(ApiFlavor flavor, int interfaceCount)
    {
        Flavor = flavor;
        InterfaceCount = interfaceCount;
        List<SyntaxTree> interfaces = Enumerable.Range(0, interfaceCount)
            .Select(i => Parse(SyntheticApiSources.Interface(flavor, i), SyntheticApiSources.InterfaceName(i)))
            .ToList();
        _firstInterfaceTree = interfaces[0];
        _firstInterfaceTreeEdited = Parse(
            SyntheticApiSources.Interface(flavor, 0, SyntheticApiSources.RenamedMethodName), SyntheticApiSources.InterfaceName(0));
        _unrelatedTree = Parse(SyntheticApiSources.UnrelatedClass(edited: false), "BuildBanner");
        _unrelatedTreeEdited = Parse(SyntheticApiSources.UnrelatedClass(edited: true), "BuildBanner");
        _unrelatedTreeWithNewMember = Parse(SyntheticApiSources.UnrelatedClass(edited: true, newMember: true), "BuildBanner");

        Compilation = CSharpCompilation.Create(
            $"Synthetic{flavor}Apis",
            interfaces.Append(Parse(SyntheticApiSources.Models, "Models")).Append(_unrelatedTree),
            References(flavor),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
    }

    public ApiFlavor Flavor { get; }

    public int InterfaceCount { get; }

    public CSharpCompilation Compilation { get; }

    public static CSharpParseOptions ParseOptions => Options;

    public static SyntheticApiProject Create(ApiFlavor flavor, int interfaceCount) => new(flavor, interfaceCount);

    /// <summary>The same compilation with the plain class edited: nothing any generator reads has changed.</summary>
    public Compilation WithUnrelatedEdit(Compilation compilation) => compilation.ReplaceSyntaxTree(_unrelatedTree, _unrelatedTreeEdited);

    /// <summary>
    /// After <see cref="WithUnrelatedEdit"/>, the plain class gains a method: still nothing any generator reads, but
    /// a change to what the compilation declares.
    /// </summary>
    public Compilation WithUnrelatedDeclarationEdit(Compilation compilation) => compilation.ReplaceSyntaxTree(_unrelatedTreeEdited, _unrelatedTreeWithNewMember);

    /// <summary>The same compilation with one method of the first interface renamed: one client must change.</summary>
    public Compilation WithInterfaceEdit(Compilation compilation) => compilation.ReplaceSyntaxTree(_firstInterfaceTree, _firstInterfaceTreeEdited);

    private static SyntaxTree Parse(string text, string fileName) => CSharpSyntaxTree.ParseText(text, Options, path: fileName + ".cs");

    // Each flavor references its own library only: with both, the shared attribute names would be ambiguous to
    // the compiler and each generator would also see the other library's types. Neither references
    // Microsoft.Extensions.Http, so ours emits clients only, as Refit's generator does, and no DI registrations.
    private static IEnumerable<MetadataReference> References(ApiFlavor flavor)
    {
        string library = flavor == ApiFlavor.Agora ? typeof(AgoraApiAttribute).Assembly.Location : typeof(Refit.RestService).Assembly.Location;
        return Basic.Reference.Assemblies.Net100.References.All.Append(MetadataReference.CreateFromFile(library));
    }
}
