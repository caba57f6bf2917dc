using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;

namespace Agora.Analyzers.Security.Secrets;

/// <summary>
/// Semantic models of the other files of a compilation, made once per file and kept while the compilation lives,
/// so that a value can be followed into the file that declares it (a constant, a helper's return value) or uses it.
/// </summary>
internal static class SemanticModels
{
    private static readonly ConditionalWeakTable<Compilation, ConcurrentDictionary<SyntaxTree, SemanticModel>> Cache = new();

    /// <summary>The model of <paramref name="tree"/> in the compilation of <paramref name="near"/>, or null for a tree it does not hold.</summary>
    public static SemanticModel? For(SemanticModel near, SyntaxTree tree) =>
        near.SyntaxTree == tree ? near : For(near.Compilation, tree);

    /// <summary>The model of <paramref name="tree"/> in <paramref name="compilation"/>, or null for a tree it does not hold.</summary>
    public static SemanticModel? For(Compilation compilation, SyntaxTree tree) =>
        compilation.ContainsSyntaxTree(tree)
            ? Cache.GetValue(compilation, _ => new ConcurrentDictionary<SyntaxTree, SemanticModel>()).GetOrAdd(tree, t => Create(compilation, t))
            : null;

#pragma warning disable RS1030 // A value is followed into other files; their models are made once each and kept for the compilation.
    private static SemanticModel Create(Compilation compilation, SyntaxTree tree) => compilation.GetSemanticModel(tree);
#pragma warning restore RS1030
}
