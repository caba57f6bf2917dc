using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Agora.CodeFixes;

/// <summary>
/// AGR1002: offers each auth scheme for the interface (where most APIs declare it) and, as a narrower
/// choice, for the one method.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AddAuthSchemeCodeFix)), Shared]
public sealed class AddAuthSchemeCodeFix : CodeFixProvider
{
    private static readonly (string Attribute, string Description)[] Schemes =
    {
        ("BasicAuth", "HTTP Basic with Customer ID and Secret"),
        ("AccessToken2Auth", "AccessToken2"),
        ("AccessTokenAuth", "legacy AccessToken"),
    };

    /// <inheritdoc/>
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create("AGR1002");

    /// <inheritdoc/>
    public override FixAllProvider? GetFixAllProvider() => null;

    /// <inheritdoc/>
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        SyntaxNode? root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        MethodDeclarationSyntax? method = root?.FindToken(context.Span.Start).Parent?.FirstAncestorOrSelf<MethodDeclarationSyntax>();
        if (root is null || method?.Parent is not InterfaceDeclarationSyntax api)
        {
            return;
        }

        foreach ((string attribute, string description) in Schemes)
        {
            string onInterface = $"Add [{attribute}] to {api.Identifier.ValueText} ({description})";
            context.RegisterCodeFix(
                CodeAction.Create(onInterface, token => AddAsync(context.Document, root, api, attribute, token), equivalenceKey: "interface:" + attribute),
                context.Diagnostics);
        }

        foreach ((string attribute, string description) in Schemes)
        {
            string onMethod = $"Add [{attribute}] to {method.Identifier.ValueText} only ({description})";
            context.RegisterCodeFix(
                CodeAction.Create(onMethod, token => AddAsync(context.Document, root, method, attribute, token), equivalenceKey: "method:" + attribute),
                context.Diagnostics);
        }
    }

    private static Task<Document> AddAsync(Document document, SyntaxNode root, MemberDeclarationSyntax target, string attribute, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        AttributeListSyntax list = SyntaxFactory.AttributeList(
            SyntaxFactory.SingletonSeparatedList(SyntaxFactory.Attribute(SyntaxFactory.ParseName(attribute))));

        // A new line of its own, indented like the declaration it decorates, ending as the file's lines end.
        SyntaxTriviaList indentation = target.GetLeadingTrivia();
        SyntaxTrivia endOfLine = EndOfLine(root);
        MemberDeclarationSyntax updated = target.AttributeLists.Count == 0
            ? target.WithoutLeadingTrivia().WithAttributeLists(SyntaxFactory.SingletonList(
                list.WithLeadingTrivia(indentation).WithTrailingTrivia(endOfLine)))
                .WithLeadingTrivia(indentation)
            : target.WithAttributeLists(target.AttributeLists.Add(
                list.WithLeadingTrivia(target.AttributeLists[0].GetLeadingTrivia()).WithTrailingTrivia(endOfLine)));
        return Task.FromResult(document.WithSyntaxRoot(root.ReplaceNode(target, updated)));
    }

    private static SyntaxTrivia EndOfLine(SyntaxNode root)
    {
        foreach (SyntaxTrivia trivia in root.DescendantTrivia())
        {
            if (trivia.IsKind(SyntaxKind.EndOfLineTrivia))
            {
                return trivia;
            }
        }

        return SyntaxFactory.CarriageReturnLineFeed;
    }
}
