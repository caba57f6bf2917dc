using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.FindSymbols;

namespace Agora.CodeFixes;

/// <summary>Places where C# needs a compile-time constant, so a value read at run time cannot go there.</summary>
internal static class ConstantContext
{
    public static bool Contains(SyntaxNode node) =>
        node.AncestorsAndSelf().Any(a => a is AttributeArgumentSyntax or ParameterSyntax or CaseSwitchLabelSyntax or ConstantPatternSyntax)
        || node.Ancestors().OfType<VariableDeclarationSyntax>().FirstOrDefault()?.Parent is FieldDeclarationSyntax { Modifiers: var modifiers } && modifiers.Any(m => m.ValueText == "const") && !IsOwnInitializer(node)
        || node.Ancestors().OfType<LocalDeclarationStatementSyntax>().FirstOrDefault() is { IsConst: true } && !IsOwnInitializer(node);

    /// <summary>
    /// Whether the declared variable may become non-constant: it is not const, or no use of it needs a constant
    /// (another const, an attribute argument, a parameter default, a case label or a constant pattern).
    /// </summary>
    public static async Task<bool> MayStopBeingConstantAsync(Document document, VariableDeclaratorSyntax declarator, SemanticModel model, CancellationToken cancellationToken)
    {
        ISymbol? symbol = model.GetDeclaredSymbol(declarator, cancellationToken);
        if (symbol is not (IFieldSymbol { IsConst: true } or ILocalSymbol { IsConst: true }))
        {
            return true;
        }

        foreach (ReferencedSymbol referenced in await SymbolFinder.FindReferencesAsync(symbol, document.Project.Solution, cancellationToken).ConfigureAwait(false))
        {
            foreach (ReferenceLocation location in referenced.Locations)
            {
                SyntaxNode? root = await location.Document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
                SyntaxNode? use = root?.FindNode(location.Location.SourceSpan, getInnermostNodeForTie: true);
                if (use is null || UseNeedsConstant(use))
                {
                    return false;
                }
            }
        }

        return true;
    }

    private static bool UseNeedsConstant(SyntaxNode use) =>
        use.AncestorsAndSelf().Any(a => a is AttributeArgumentSyntax or ParameterSyntax or CaseSwitchLabelSyntax or ConstantPatternSyntax or GotoStatementSyntax)
        || use.Parent is BinaryExpressionSyntax { RawKind: (int)Microsoft.CodeAnalysis.CSharp.SyntaxKind.IsExpression } isExpression && isExpression.Right == use
        || use.Ancestors().OfType<VariableDeclarationSyntax>().FirstOrDefault()?.Parent is FieldDeclarationSyntax field && field.Modifiers.Any(m => m.ValueText == "const")
        || use.Ancestors().OfType<LocalDeclarationStatementSyntax>().FirstOrDefault() is { IsConst: true };

    // The initializer of the const being fixed is the one place inside a const declaration that the fix rewrites.
    private static bool IsOwnInitializer(SyntaxNode node) => node.Parent is EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax };
}
