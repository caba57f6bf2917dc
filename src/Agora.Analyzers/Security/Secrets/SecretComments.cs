using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Agora.Analyzers.Security.Secrets;

/// <summary>
/// A declaration whose own comment says what it holds: <c>// Agora Customer Secret</c> or <c>// 声网 App 证书</c> right
/// above a constant with a neutral name. The comment stands in for the name, so the value must still look generated.
/// A comment that also names the App ID says nothing certain and is ignored.
/// </summary>
internal static class SecretComments
{
    // Phrases, with spaces, underscores and hyphens removed and in lower case, and the kind each names.
    private static readonly (string Phrase, string Kind)[] Phrases =
    {
        ("customersecret", SecretKind.CustomerSecret),
        ("客户密钥", SecretKind.CustomerSecret),
        ("appcertificate", SecretKind.AppCertificate),
        ("primarycertificate", SecretKind.AppCertificate),
        ("app证书", SecretKind.AppCertificate),
        ("主证书", SecretKind.AppCertificate),
    };

    // Names of the public half of a pair, which a title may list before or after the secret.
    private static readonly string[] IdPhrases = { "customerkey", "customerid", "客户id", "appid" };

    /// <summary>
    /// The sink a field, property or local becomes through the comment right above its declaration or after it on its
    /// line, or the title of the region it is in; a method only through a region's title. Null when none names it.
    /// </summary>
    public static SecretSink? ForDeclaration(SyntaxNode? declarator)
    {
        SyntaxNode? statement = declarator switch
        {
            VariableDeclaratorSyntax { Parent.Parent: FieldDeclarationSyntax or LocalDeclarationStatementSyntax } variable => variable.Parent!.Parent,
            PropertyDeclarationSyntax or MethodDeclarationSyntax => declarator,
            _ => null,
        };
        if (statement is null)
        {
            return null;
        }

        // A name that says the value is public (CustomerId, ChannelName) outweighs any comment.
        if (DeclaredName(declarator!) is { } name && PublicNames.IsPublic(name))
        {
            return null;
        }

        // A method's comment says what it does, not what it is: only the title of a region it is in names it.
        if (statement is MethodDeclarationSyntax)
        {
            return RegionTitles.ForDeclaration(statement, statement);
        }

        return Named(CommentAbove(statement), "a comment above it says it is one")
            ?? Named(CommentAfter(statement), "the comment after it says it is one")
            ?? RegionTitles.ForDeclaration(declarator!, statement);
    }

    /// <summary>
    /// The sink an assignment or a collection initializer's element becomes through the comment right above its line:
    /// <c>// Agora customer secret</c> over <c>["rest.k2"] = "…"</c>, <c>{ "k2", "…" }</c> or <c>_k2 = "…";</c>.
    /// </summary>
    public static SecretSink? ForElement(SyntaxNode element)
    {
        SyntaxNode? line = element switch
        {
            AssignmentExpressionSyntax { Parent: InitializerExpressionSyntax } => element,
            AssignmentExpressionSyntax { Parent: ExpressionStatementSyntax statement } => statement,
            InvocationExpressionSyntax => null,
            _ when element.Parent is InitializerExpressionSyntax => element,
            _ => null,
        };
        return line is null ? null : Named(CommentAbove(line), "a comment above it says it is one");
    }

    private static string? DeclaredName(SyntaxNode declarator) => declarator switch
    {
        VariableDeclaratorSyntax variable => variable.Identifier.ValueText,
        PropertyDeclarationSyntax property => property.Identifier.ValueText,
        MethodDeclarationSyntax method => method.Identifier.ValueText,
        _ => null,
    };

    /// <summary>The kind of secret a normalised comment names, or null; one that also names the App ID or the Customer ID says nothing certain.</summary>
    public static SecretSink? Named(string normalizedComment, string how)
    {
        // "Customer ID and customer secret" above one value does not say which of the two it is.
        if (normalizedComment.Length == 0 || IdPhrases.Any(normalizedComment.Contains))
        {
            return null;
        }

        foreach ((string phrase, string kind) in Phrases)
        {
            if (normalizedComment.Contains(phrase))
            {
                return SecretSink.Named(kind, how);
            }
        }

        return null;
    }

    /// <summary>The kinds of value a normalised title names, in the order it names them: null for an id, else the secret's kind.</summary>
    public static List<string?> KindsInOrder(string normalizedTitle)
    {
        var found = new List<(int At, string? Kind)>();
        foreach ((string phrase, string kind) in Phrases)
        {
            AddAll(found, normalizedTitle, phrase, kind);
        }

        foreach (string phrase in IdPhrases)
        {
            AddAll(found, normalizedTitle, phrase, null);
        }

        return found.OrderBy(f => f.At).Select(f => f.Kind).ToList();
    }

    private static void AddAll(List<(int At, string? Kind)> found, string text, string phrase, string? kind)
    {
        for (int at = text.IndexOf(phrase, StringComparison.Ordinal); at >= 0; at = text.IndexOf(phrase, at + phrase.Length, StringComparison.Ordinal))
        {
            found.Add((at, kind));
        }
    }

    // A comment on the declaration's own line, after it: const string P = "…"; // customer secret
    private static string CommentAfter(SyntaxNode statement)
    {
        foreach (SyntaxTrivia trivia in statement.GetTrailingTrivia())
        {
            if (trivia.IsKind(SyntaxKind.SingleLineCommentTrivia) || trivia.IsKind(SyntaxKind.MultiLineCommentTrivia))
            {
                return SecretNames.Normalize(trivia.ToString());
            }

            if (trivia.IsKind(SyntaxKind.EndOfLineTrivia))
            {
                break;
            }
        }

        return string.Empty;
    }

    // The comments of the last block of trivia right above the declaration (a blank line ends the block), normalised.
    private static string CommentAbove(SyntaxNode statement)
    {
        var text = new StringBuilder();
        int newlinesInRow = 0;
        foreach (SyntaxTrivia trivia in statement.GetLeadingTrivia().Reverse())
        {
            if (trivia.IsKind(SyntaxKind.EndOfLineTrivia))
            {
                if (++newlinesInRow > 1)
                {
                    break;
                }
            }
            else if (trivia.IsKind(SyntaxKind.SingleLineCommentTrivia) || trivia.IsKind(SyntaxKind.MultiLineCommentTrivia)
                || trivia.IsKind(SyntaxKind.SingleLineDocumentationCommentTrivia) || trivia.IsKind(SyntaxKind.MultiLineDocumentationCommentTrivia))
            {
                // A documentation comment (/// <summary>The Agora App Certificate.</summary>) says it too.
                newlinesInRow = 0;
                text.Insert(0, trivia.ToString());
            }
            else if (!trivia.IsKind(SyntaxKind.WhitespaceTrivia))
            {
                break;
            }
        }

        return SecretNames.Normalize(text.ToString());
    }
}
