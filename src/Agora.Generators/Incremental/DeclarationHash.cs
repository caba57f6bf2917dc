using System.Runtime.CompilerServices;
using System.Threading;
using Agora.Generators.Helpers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Agora.Generators.Incremental;

/// <summary>
/// A hash of what a syntax tree declares: every token except those of code that runs (method, accessor and
/// constructor bodies, initializers of fields that are not constants, top-level statements). Nothing the compiler
/// binds a declaration with lives in such code, so two versions of a file with the same hash give every declaration
/// in the compilation the same meaning; typing inside a method changes no hash.
/// </summary>
internal static class DeclarationHash
{
    // Trees are immutable and an edit makes a new one, so a tree's hash is computed once and lives as long as it does.
    private static readonly ConditionalWeakTable<SyntaxTree, StrongBox<ulong>> s_byTree = new();

    public static ulong Of(SyntaxTree tree, CancellationToken cancellationToken)
    {
        if (s_byTree.TryGetValue(tree, out StrongBox<ulong>? known))
        {
            return known.Value;
        }

        ulong hash = Compute(tree, cancellationToken);
        return s_byTree.GetValue(tree, _ => new StrongBox<ulong>(hash)).Value;
    }

    private static ulong Compute(SyntaxTree tree, CancellationToken cancellationToken)
    {
        var hash = Fnv1aHash.Start();
        hash.Add(tree.FilePath); // file-local types and #line make the path part of a declaration's meaning
        AddParseOptions(ref hash, tree.Options);

        SyntaxNode root = tree.GetRoot(cancellationToken);
        // Iterative (Roslyn keeps its own stack), so a deeply nested constant expression cannot overflow ours.
        foreach (SyntaxNodeOrToken item in root.DescendantNodesAndTokens(static node => !IsCodeThatRuns(node)))
        {
            if (item.IsToken)
            {
                AddToken(ref hash, item.AsToken());
            }
            else if (item.AsNode() is { } node && IsCodeThatRuns(node))
            {
                cancellationToken.ThrowIfCancellationRequested();
                // The code itself is left out, but not that it is there, nor its directives: a #nullable inside a
                // method body changes the annotations of every declaration after it.
                hash.Add(node.RawKind);
                if (node.ContainsDirectives)
                {
                    foreach (SyntaxTrivia trivia in node.DescendantTrivia())
                    {
                        if (trivia.IsDirective)
                        {
                            hash.Add(trivia.ToString());
                        }
                    }
                }
            }
        }

        return hash.Value;
    }

    private static void AddToken(ref Fnv1aHash hash, SyntaxToken token)
    {
        hash.Add(token.RawKind);
        hash.Add(token.Text);
        if (token.ContainsDirectives)
        {
            foreach (SyntaxTrivia trivia in token.LeadingTrivia)
            {
                if (trivia.IsDirective)
                {
                    hash.Add(trivia.ToString());
                }
            }
        }
    }

    private static void AddParseOptions(ref Fnv1aHash hash, ParseOptions options)
    {
        hash.Add((int)options.Kind);
        hash.Add((int)options.DocumentationMode);
        if (options is CSharpParseOptions csharp)
        {
            hash.Add((int)csharp.LanguageVersion);
        }

        foreach (string symbol in options.PreprocessorSymbolNames)
        {
            hash.Add(symbol);
        }
    }

    /// <summary>Code executed at run time, whose text no declaration's meaning depends on.</summary>
    internal static bool IsCodeThatRuns(SyntaxNode node) => node switch
    {
        BlockSyntax block => block.Parent is BaseMethodDeclarationSyntax or AccessorDeclarationSyntax,
        ArrowExpressionClauseSyntax arrow => arrow.Parent is BaseMethodDeclarationSyntax or AccessorDeclarationSyntax or BasePropertyDeclarationSyntax,
        EqualsValueClauseSyntax initializer => IsRunTimeInitializer(initializer),
        GlobalStatementSyntax => true,
        _ => false,
    };

    // A constant's value is part of its declaration (attributes and defaults use it); any other field's or a
    // property's initializer runs when the object is made. Enum members and parameter defaults stay declarations.
    private static bool IsRunTimeInitializer(EqualsValueClauseSyntax initializer) => initializer.Parent switch
    {
        PropertyDeclarationSyntax => true,
        VariableDeclaratorSyntax { Parent: VariableDeclarationSyntax { Parent: BaseFieldDeclarationSyntax field } } =>
            !field.Modifiers.Any(SyntaxKind.ConstKeyword),
        _ => false,
    };
}
