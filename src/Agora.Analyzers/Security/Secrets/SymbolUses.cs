using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Agora.Analyzers.Security.Secrets;

/// <summary>
/// The places a source symbol (field, property, method) is read, in every file of the compilation: identifiers
/// with its name, bound to check they mean it. Asked only for symbols that hold a value worth following, which
/// few symbols do, and remembered for the compilation.
/// </summary>
internal sealed class SymbolUses
{
    private readonly Compilation _compilation;
    private readonly ConcurrentDictionary<ISymbol, ImmutableArray<IOperation>> _uses = new(SymbolEqualityComparer.Default);

    private static readonly ConditionalWeakTable<SyntaxTree, string[]> TreeAliases = new();

    private readonly Lazy<HashSet<string>> _aliases;

    public SymbolUses(Compilation compilation)
    {
        _compilation = compilation;
        _aliases = new Lazy<HashSet<string>>(() => AliasNames(compilation));
    }

    /// <summary>The operations that read <paramref name="symbol"/> (a call, for a method).</summary>
    public ImmutableArray<IOperation> Of(ISymbol symbol, CancellationToken cancellationToken) =>
        _uses.GetOrAdd(symbol.OriginalDefinition, s => Find(s, cancellationToken));

    private ImmutableArray<IOperation> Find(ISymbol symbol, CancellationToken cancellationToken)
    {
        if (symbol.DeclaringSyntaxReferences.IsEmpty)
        {
            return ImmutableArray<IOperation>.Empty;
        }

        var uses = ImmutableArray.CreateBuilder<IOperation>();
        foreach (SyntaxTree tree in TreesThatCanSee(symbol))
        {
            foreach (IdentifierNameSyntax name in IdentifierIndex.Named(tree, symbol.Name, cancellationToken))
            {
                // Binding is what costs: a static member read through another type's name is not this one.
                if (IsQualifiedByAnotherType(name, symbol))
                {
                    continue;
                }

                SemanticModel model = SemanticModels.For(_compilation, tree)!;
                if (!SymbolEqualityComparer.Default.Equals(model.GetSymbolInfo(name, cancellationToken).Symbol?.OriginalDefinition, symbol))
                {
                    continue;
                }

                if (model.GetOperation(UseOf(name), cancellationToken) is { } use)
                {
                    uses.Add(use);
                }
            }
        }

        return uses.ToImmutable();
    }

    // Lobby7.ChannelName is not Lobby3's ChannelName: decided from the text, unless a using alias could rename the type.
    private bool IsQualifiedByAnotherType(IdentifierNameSyntax name, ISymbol symbol)
    {
        // An extension method is called on an instance (config.Secret()), not through its type.
        if (!symbol.IsStatic || symbol is IMethodSymbol { IsExtensionMethod: true } || symbol.ContainingType is not { } type
            || name.Parent is not MemberAccessExpressionSyntax access || access.Name != name)
        {
            return false;
        }

        string? qualifier = access.Expression switch
        {
            SimpleNameSyntax simple => simple.Identifier.ValueText,
            MemberAccessExpressionSyntax member => member.Name.Identifier.ValueText,
            QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
            AliasQualifiedNameSyntax aliased => aliased.Name.Identifier.ValueText,
            _ => null,
        };
        return qualifier is not null && qualifier != type.Name && !_aliases.Value.Contains(qualifier);
    }

    // The names using aliases give anywhere in the compilation (global ones reach every file), read once per tree
    // while the tree lives, so that an edit does not make every file be read again.
    private static HashSet<string> AliasNames(Compilation compilation)
    {
        var names = new HashSet<string>();
        foreach (SyntaxTree tree in compilation.SyntaxTrees)
        {
            names.UnionWith(TreeAliases.GetValue(tree, AliasesOf));
        }

        return names;
    }

    private static string[] AliasesOf(SyntaxTree tree) =>
        tree.GetRoot().DescendantNodes(n => n is CompilationUnitSyntax or BaseNamespaceDeclarationSyntax)
            .OfType<UsingDirectiveSyntax>()
            .Where(directive => directive.Alias is not null)
            .Select(directive => directive.Alias!.Name.Identifier.ValueText)
            .ToArray();

    // A private member is seen only from its type's own declarations; anything else from every file.
    private IEnumerable<SyntaxTree> TreesThatCanSee(ISymbol symbol) => TreesThatCanSee(symbol, _compilation);

    /// <summary>The files that can name <paramref name="symbol"/>: its type's own for a private member, else all.</summary>
    public static IEnumerable<SyntaxTree> TreesThatCanSee(ISymbol symbol, Compilation compilation) =>
        symbol.DeclaredAccessibility == Accessibility.Private && symbol.ContainingType is { } type
            ? type.DeclaringSyntaxReferences.Select(r => r.SyntaxTree).Distinct()
            : compilation.SyntaxTrees;

    // The expression that reads the symbol: A.B for B, and the call around a method's name.
    private static ExpressionSyntax UseOf(IdentifierNameSyntax name)
    {
        ExpressionSyntax use = name.Parent is MemberAccessExpressionSyntax access && access.Name == name ? access : name;
        return use.Parent is InvocationExpressionSyntax call && call.Expression == use ? call : use;
    }
}
