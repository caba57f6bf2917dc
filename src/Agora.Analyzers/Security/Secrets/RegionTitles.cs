using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Agora.Analyzers.Security.Secrets;

/// <summary>
/// A <c>#region</c> whose title says what the values inside are: <c>#region Agora RESTful API credentials (customer
/// key / customer secret)</c> around two constants with neutral names. The title's names are matched to the values
/// declared in the region in order, and only when there are as many of each, so that the id of a pair stays public.
/// </summary>
internal static class RegionTitles
{
    private static readonly ConditionalWeakTable<TypeDeclarationSyntax, List<(DirectiveTriviaSyntax Start, int End)>> Regions = new();

    /// <summary>The sink the declaration <paramref name="declarator"/> (of <paramref name="member"/>) becomes through the title of the region it is in.</summary>
    public static SecretSink? ForDeclaration(SyntaxNode declarator, SyntaxNode member)
    {
        // Most types have no directive at all, which the syntax tree knows without a walk.
        if (member is not MemberDeclarationSyntax { Parent: TypeDeclarationSyntax { ContainsDirectives: true } type }
            || Enclosing(type, member.SpanStart) is not { } region)
        {
            return null;
        }

        List<string?> kinds = SecretComments.KindsInOrder(SecretNames.Normalize(Title(region.Start)));
        if (kinds.All(kind => kind is null))
        {
            return null;
        }

        List<SyntaxNode> declared = type.Members
            .Where(m => m.SpanStart >= region.Start.SpanStart && m.SpanStart < region.End)
            .SelectMany(Declarators)
            .ToList();
        int index = declared.IndexOf(declarator);
        return index >= 0 && declared.Count == kinds.Count && kinds[index] is { } named
            ? SecretSink.Named(named, "the title of the region it is in says it is one")
            : null;
    }

    // The innermost region of the type that is open at a position.
    private static (DirectiveTriviaSyntax Start, int End)? Enclosing(TypeDeclarationSyntax type, int position)
    {
        (DirectiveTriviaSyntax Start, int End)? found = null;
        foreach ((DirectiveTriviaSyntax start, int end) in Regions.GetValue(type, RegionsOf))
        {
            if (start.SpanStart < position && position < end && (found is null || start.SpanStart > found.Value.Start.SpanStart))
            {
                found = (start, end);
            }
        }

        return found;
    }

    // A type's regions, found once per declaration: every return and initializer of the type asks.
    private static List<(DirectiveTriviaSyntax Start, int End)> RegionsOf(TypeDeclarationSyntax type)
    {
        var regions = new List<(DirectiveTriviaSyntax Start, int End)>();
        var open = new Stack<DirectiveTriviaSyntax>();
        foreach (SyntaxTrivia trivia in type.DescendantTrivia())
        {
            if (trivia.GetStructure() is RegionDirectiveTriviaSyntax start)
            {
                open.Push(start);
            }
            else if (trivia.GetStructure() is EndRegionDirectiveTriviaSyntax end && open.Count > 0)
            {
                regions.Add((open.Pop(), end.SpanStart));
            }
        }

        return regions;
    }

    private static string Title(DirectiveTriviaSyntax region) =>
        region is RegionDirectiveTriviaSyntax { EndOfDirectiveToken: var end } ? end.LeadingTrivia.ToString() : string.Empty;

    private static IEnumerable<SyntaxNode> Declarators(MemberDeclarationSyntax member) => member switch
    {
        BaseFieldDeclarationSyntax field => field.Declaration.Variables,
        PropertyDeclarationSyntax or MethodDeclarationSyntax => new SyntaxNode[] { member },
        _ => Enumerable.Empty<SyntaxNode>(),
    };
}
