using System;
using System.Collections.Immutable;
using System.Composition;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Agora.CodeFixes;

/// <summary>AGR0004: turns an <c>http://</c> base address literal into <c>https://</c>.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(UseHttpsCodeFix)), Shared]
public sealed class UseHttpsCodeFix : CodeFixProvider
{
    private const string Title = "Use https";

    /// <inheritdoc/>
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create("AGR0004");

    /// <inheritdoc/>
    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    /// <inheritdoc/>
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        SyntaxNode? root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        AttributeSyntax? attribute = root?.FindNode(context.Span).FirstAncestorOrSelf<AttributeSyntax>();
        if (root is null
            || attribute?.ArgumentList?.Arguments.Count != 1
            || attribute.ArgumentList.Arguments[0].Expression is not LiteralExpressionSyntax literal
            || !literal.IsKind(SyntaxKind.StringLiteralExpression)
            || !literal.Token.ValueText.StartsWith("http://", StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        string secure = "https://" + literal.Token.ValueText.Substring("http://".Length);
        LiteralExpressionSyntax replacement = SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(secure))
            .WithTriviaFrom(literal);
        context.RegisterCodeFix(
            CodeAction.Create(Title, _ => Task.FromResult(context.Document.WithSyntaxRoot(root.ReplaceNode(literal, replacement))), equivalenceKey: Title),
            context.Diagnostics);
    }
}
