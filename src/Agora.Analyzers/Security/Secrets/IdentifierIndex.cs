using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Agora.Analyzers.Security.Secrets;

/// <summary>
/// Where each word of a syntax tree's text starts, by a hash of the word: one pass over the characters (walking
/// the syntax for its tokens cost several times more), kept while the tree lives. An edit makes a new compilation
/// but keeps every tree it did not touch, so looking a name up in a 1,000-file project after an edit reads one file
/// again, not all of them. A lookup keeps only the identifiers that really are the name (not words in comments or
/// strings, not a different word with the same hash).
/// </summary>
internal static class IdentifierIndex
{
    private static readonly ConditionalWeakTable<SyntaxTree, Dictionary<int, List<int>>> Cache = new();

    /// <summary>The identifier names spelled <paramref name="name"/> in <paramref name="tree"/>.</summary>
    public static IEnumerable<IdentifierNameSyntax> Named(SyntaxTree tree, string name, CancellationToken cancellationToken)
    {
        Dictionary<int, List<int>> index = Cache.GetValue(tree, t => Build(t, cancellationToken));
        if (!index.TryGetValue(Hash(name, 0, name.Length), out List<int>? positions))
        {
            yield break;
        }

        SyntaxNode root = tree.GetRoot(cancellationToken);
        foreach (int position in positions)
        {
            SyntaxToken token = root.FindToken(position);
            if (token.SpanStart == position && token.IsKind(SyntaxKind.IdentifierToken) && token.ValueText == name
                && token.Parent is IdentifierNameSyntax identifier)
            {
                yield return identifier;
            }
        }
    }

    private static Dictionary<int, List<int>> Build(SyntaxTree tree, CancellationToken cancellationToken)
    {
        string text = tree.GetText(cancellationToken).ToString();
        var index = new Dictionary<int, List<int>>();
        int i = 0;
        while (i < text.Length)
        {
            if (!IsWordStart(text[i]))
            {
                i++;
                continue;
            }

            int start = i;
            while (i < text.Length && IsWordPart(text[i]))
            {
                i++;
            }

            int hash = Hash(text, start, i - start);
            if (!index.TryGetValue(hash, out List<int>? positions))
            {
                positions = new List<int>();
                index.Add(hash, positions);
            }

            positions.Add(start);
        }

        return index;
    }

    private static bool IsWordStart(char c) => char.IsLetter(c) || c == '_';

    private static bool IsWordPart(char c) => char.IsLetterOrDigit(c) || c == '_';

    // FNV-1a over the characters: the same for a name and for its occurrences in the text.
    private static int Hash(string text, int start, int length)
    {
        unchecked
        {
            int hash = (int)2166136261;
            for (int i = start; i < start + length; i++)
            {
                hash = (hash ^ text[i]) * 16777619;
            }

            return hash;
        }
    }
}
