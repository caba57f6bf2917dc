using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Agora.Analyzers.Security.Secrets;

/// <summary>
/// Where each identifier of a syntax tree is written, by name: one walk of the tree's tokens, kept while the tree
/// lives. An edit makes a new compilation but keeps every tree it did not touch, so looking a name up in a
/// 1,000-file project after an edit walks one file, not all of them.
/// </summary>
internal static class IdentifierIndex
{
    private static readonly ConditionalWeakTable<SyntaxTree, Dictionary<string, List<int>>> Cache = new();

    /// <summary>The identifier names spelled <paramref name="name"/> in <paramref name="tree"/>.</summary>
    public static IEnumerable<IdentifierNameSyntax> Named(SyntaxTree tree, string name, CancellationToken cancellationToken)
    {
        Dictionary<string, List<int>> index = Cache.GetValue(tree, t => Build(t, cancellationToken));
        if (!index.TryGetValue(name, out List<int>? positions))
        {
            yield break;
        }

        SyntaxNode root = tree.GetRoot(cancellationToken);
        foreach (int position in positions)
        {
            if (root.FindToken(position).Parent is IdentifierNameSyntax identifier)
            {
                yield return identifier;
            }
        }
    }

    private static Dictionary<string, List<int>> Build(SyntaxTree tree, CancellationToken cancellationToken)
    {
        var index = new Dictionary<string, List<int>>();
        foreach (SyntaxToken token in tree.GetRoot(cancellationToken).DescendantTokens())
        {
            if (!token.IsKind(SyntaxKind.IdentifierToken) || token.Parent is not IdentifierNameSyntax)
            {
                continue;
            }

            string text = token.ValueText;
            if (!index.TryGetValue(text, out List<int>? positions))
            {
                positions = new List<int>();
                index.Add(text, positions);
            }

            positions.Add(token.SpanStart);
        }

        return index;
    }
}
