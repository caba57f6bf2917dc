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

/// <summary>AGR1001: adds <c>partial</c> to an [AgoraApi] interface.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AddPartialCodeFix)), Shared]
public sealed class AddPartialCodeFix : CodeFixProvider
{
    private const string Title = "Make the interface partial";

    /// <inheritdoc/>
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create("AGR1001");

    /// <inheritdoc/>
    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    /// <inheritdoc/>
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        SyntaxNode? root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        if (root?.FindToken(context.Span.Start).Parent?.FirstAncestorOrSelf<InterfaceDeclarationSyntax>() is not { } declaration)
        {
            return;
        }

        context.RegisterCodeFix(
            CodeAction.Create(Title, cancellationToken => AddPartialAsync(context.Document, root, declaration, cancellationToken), equivalenceKey: Title),
            context.Diagnostics);
    }

    private static Task<Document> AddPartialAsync(Document document, SyntaxNode root, InterfaceDeclarationSyntax declaration, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();

        // 'partial' goes last among the modifiers, right before 'interface', as C# requires.
        SyntaxToken partial = SyntaxFactory.Token(SyntaxKind.PartialKeyword).WithTrailingTrivia(SyntaxFactory.Space);
        InterfaceDeclarationSyntax updated = declaration.Modifiers.Count == 0
            ? declaration
                .WithModifiers(SyntaxFactory.TokenList(partial.WithLeadingTrivia(declaration.Keyword.LeadingTrivia)))
                .WithKeyword(declaration.Keyword.WithLeadingTrivia())
            : declaration.WithModifiers(declaration.Modifiers.Add(partial));
        return Task.FromResult(document.WithSyntaxRoot(root.ReplaceNode(declaration, updated)));
    }
}
