using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
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

    public SymbolUses(Compilation compilation)
    {
        _compilation = compilation;
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
            foreach (SyntaxToken token in tree.GetRoot(cancellationToken).DescendantTokens())
            {
                if (!token.IsKind(SyntaxKind.IdentifierToken) || token.ValueText != symbol.Name || token.Parent is not IdentifierNameSyntax name)
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

    // A private member is seen only from its type's own declarations; anything else from every file.
    private IEnumerable<SyntaxTree> TreesThatCanSee(ISymbol symbol) =>
        symbol.DeclaredAccessibility == Accessibility.Private && symbol.ContainingType is { } type
            ? type.DeclaringSyntaxReferences.Select(r => r.SyntaxTree).Distinct()
            : _compilation.SyntaxTrees;

    // The expression that reads the symbol: A.B for B, and the call around a method's name.
    private static ExpressionSyntax UseOf(IdentifierNameSyntax name)
    {
        ExpressionSyntax use = name.Parent is MemberAccessExpressionSyntax access && access.Name == name ? access : name;
        return use.Parent is InvocationExpressionSyntax call && call.Expression == use ? call : use;
    }
}
