using System;
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

    /// <summary>The sink a field, property or local becomes through the comment right above its declaration, or null.</summary>
    public static SecretSink? ForDeclaration(SyntaxNode? declarator)
    {
        SyntaxNode? statement = declarator switch
        {
            VariableDeclaratorSyntax { Parent.Parent: FieldDeclarationSyntax or LocalDeclarationStatementSyntax } variable => variable.Parent!.Parent,
            PropertyDeclarationSyntax property => property,
            _ => null,
        };
        if (statement is null)
        {
            return null;
        }

        string comment = CommentAbove(statement);
        if (comment.Length == 0 || comment.Contains("appid"))
        {
            return null;
        }

        foreach ((string phrase, string kind) in Phrases)
        {
            if (comment.Contains(phrase))
            {
                return SecretSink.Named(kind, "a comment above it says it is one");
            }
        }

        return null;
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
            else if (trivia.IsKind(SyntaxKind.SingleLineCommentTrivia) || trivia.IsKind(SyntaxKind.MultiLineCommentTrivia))
            {
                newlinesInRow = 0;
                text.Insert(0, trivia.ToString());
            }
            else if (!trivia.IsKind(SyntaxKind.WhitespaceTrivia))
            {
                break;
            }
        }

        var normalized = new StringBuilder(text.Length);
        foreach (char c in text.ToString())
        {
            if (char.IsLetterOrDigit(c))
            {
                normalized.Append(char.ToLowerInvariant(c));
            }
        }

        return normalized.ToString();
    }
}
