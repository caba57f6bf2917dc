using System;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace Agora.Generators.Incremental;

/// <summary>
/// Everything a declaration's meaning in a compilation depends on: what each syntax tree declares
/// (<see cref="DeclarationHash"/>), the references, the options and the assembly's name. Two compilations with equal
/// fingerprints bind every interface, attribute and signature alike, even though their symbols are different objects;
/// an edit inside a method body gives an equal fingerprint, anything else a different one.
/// </summary>
internal sealed class DeclarationFingerprint : IEquatable<DeclarationFingerprint>
{
    private static readonly ConditionalWeakTable<Compilation, DeclarationFingerprint> s_byCompilation = new();

    // The fingerprint of the compilation seen last. A new compilation equal to it gets this very object, so the
    // memo's comparison for each of a thousand interfaces is a reference check instead of a walk of the arrays.
    // Weak, so that a long-lived compiler server does not keep a finished project's references alive through it.
    private static readonly WeakReference<DeclarationFingerprint> s_last = new(null!);

    private readonly ulong[] _trees;
    private readonly MetadataReference[] _references;
    private readonly CompilationOptions _options;
    private readonly string? _assemblyName;

    private DeclarationFingerprint(ulong[] trees, MetadataReference[] references, CompilationOptions options, string? assemblyName)
    {
        _trees = trees;
        _references = references;
        _options = options;
        _assemblyName = assemblyName;
    }

    public static DeclarationFingerprint Of(Compilation compilation, CancellationToken cancellationToken)
    {
        if (s_byCompilation.TryGetValue(compilation, out DeclarationFingerprint? known))
        {
            return known;
        }

        DeclarationFingerprint computed = Compute(compilation, cancellationToken);
        if (s_last.TryGetTarget(out DeclarationFingerprint? last) && computed.Equals(last))
        {
            computed = last;
        }
        else
        {
            s_last.SetTarget(computed);
        }

        return s_byCompilation.GetValue(compilation, _ => computed);
    }

    private static DeclarationFingerprint Compute(Compilation compilation, CancellationToken cancellationToken)
    {
        ulong[] trees = compilation.SyntaxTrees.Select(tree => DeclarationHash.Of(tree, cancellationToken)).ToArray();
        // References compare by identity: hosts keep the same reference objects across edits, and a changed
        // reference (a rebuilt project, a new package) is a new object. The external ones only: asking for the rest
        // (#r in scripts, which the trees' hashes already cover) would bind the compilation's references.
        return new DeclarationFingerprint(trees, compilation.ExternalReferences.ToArray(), compilation.Options, compilation.AssemblyName);
    }

    public bool Equals(DeclarationFingerprint? other) =>
        ReferenceEquals(this, other)
        || (other is not null
            && _trees.SequenceEqual(other._trees)
            && _references.Length == other._references.Length
            && _references.Zip(other._references, ReferenceEquals).All(same => same)
            && string.Equals(_assemblyName, other._assemblyName, StringComparison.Ordinal)
            && _options.Equals(other._options));

    public override bool Equals(object? obj) => Equals(obj as DeclarationFingerprint);

    public override int GetHashCode() => _trees.Length == 0 ? 0 : _trees[0].GetHashCode() ^ _trees.Length;
}
