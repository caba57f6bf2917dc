using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;
using Microsoft.CodeAnalysis.Formatting;
using Microsoft.CodeAnalysis.Simplification;

namespace Agora.CodeFixes;

/// <summary>
/// AGR0007: turns off the handler's own redirects, so that the generated client follows them and keeps the token
/// headers within the origin. <c>new HttpClient()</c> gets a handler with <c>AllowAutoRedirect = false</c>
/// (SocketsHttpHandler, or HttpClientHandler where the target has no SocketsHttpHandler, as netstandard2.0); a
/// handler's initializer gets the assignment, or its <c>true</c> becomes <c>false</c>, as do later
/// <c>handler.AllowAutoRedirect = true;</c> statements the diagnostic points at.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(TurnOffAutoRedirectCodeFix)), Shared]
public sealed class TurnOffAutoRedirectCodeFix : CodeFixProvider
{
    private const string Title = "Turn off automatic redirects";
    private const string Property = "AllowAutoRedirect";

    /// <inheritdoc/>
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create("AGR0007");

    /// <inheritdoc/>
    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    /// <inheritdoc/>
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        SyntaxNode? root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        SemanticModel? model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
        Diagnostic diagnostic = context.Diagnostics[0];
        if (root is null
            || model is null
            || root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not BaseObjectCreationExpressionSyntax creation
            || creation.Span != diagnostic.Location.SourceSpan
            || model.GetTypeInfo(creation, context.CancellationToken).Type is not INamedTypeSymbol type)
        {
            return;
        }

        var laterSettings = new List<AssignmentExpressionSyntax>();
        foreach (Location location in diagnostic.AdditionalLocations)
        {
            if (location.SourceTree != root.SyntaxTree
                || root.FindNode(location.SourceSpan, getInnermostNodeForTie: true) is not AssignmentExpressionSyntax assignment)
            {
                return;
            }

            laterSettings.Add(assignment);
        }

        SyntaxNode? replacement = type.Name == "HttpClient"
            ? WithHandler(creation, model.Compilation, context.Document)
            : laterSettings.Count > 0 && !SetsProperty(creation) ? creation : WithRedirectsOff(creation);
        if (replacement is null)
        {
            return;
        }

        context.RegisterCodeFix(
            CodeAction.Create(Title, token => ApplyAsync(context.Document, root, creation, replacement, laterSettings, token), equivalenceKey: Title),
            context.Diagnostics);
    }

    private static Task<Document> ApplyAsync(
        Document document, SyntaxNode root, SyntaxNode creation, SyntaxNode replacement, List<AssignmentExpressionSyntax> laterSettings, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var replacements = laterSettings.ToDictionary(s => (SyntaxNode)s, s => (SyntaxNode)s.WithRight(False(s.Right)));
        replacements[creation] = replacement;
        return Task.FromResult(document.WithSyntaxRoot(root.ReplaceNodes(replacements.Keys, (original, _) => replacements[original])));
    }

    // new HttpClient() -> new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }). HttpClientHandler, not
    // SocketsHttpHandler: it is what new HttpClient() uses on every platform, including those where SocketsHttpHandler
    // is not supported (the browser) or not the native one (mobile). Its name is written in full and simplified after,
    // so it compiles with or without "using System.Net.Http;".
    private static SyntaxNode? WithHandler(BaseObjectCreationExpressionSyntax client, Compilation compilation, Document document)
    {
        INamedTypeSymbol? handlerType = compilation.GetTypeByMetadataName("System.Net.Http.HttpClientHandler");
        if (handlerType is null || client.ArgumentList is { Arguments.Count: > 0 })
        {
            return null;
        }

        var typeName = (TypeSyntax)SyntaxGenerator.GetGenerator(document).TypeExpression(handlerType).WithAdditionalAnnotations(Simplifier.Annotation);
        ObjectCreationExpressionSyntax handler = SyntaxFactory.ObjectCreationExpression(
            SyntaxFactory.Token(SyntaxKind.NewKeyword).WithTrailingTrivia(SyntaxFactory.Space),
            typeName.WithTrailingTrivia(SyntaxFactory.Space),
            argumentList: null,
            SyntaxFactory.InitializerExpression(
                SyntaxKind.ObjectInitializerExpression,
                SyntaxFactory.Token(SyntaxKind.OpenBraceToken).WithTrailingTrivia(SyntaxFactory.Space),
                SyntaxFactory.SingletonSeparatedList<ExpressionSyntax>(RedirectsOff()),
                SyntaxFactory.Token(SyntaxKind.CloseBraceToken).WithLeadingTrivia(SyntaxFactory.Space)));
        ArgumentSyntax argument = SyntaxFactory.Argument(handler);

        if (client.ArgumentList is { } arguments)
        {
            return client.WithArgumentList(arguments.AddArguments(argument));
        }

        // new HttpClient { … }: the space before the initializer moves after the new argument list.
        var withoutArguments = (ObjectCreationExpressionSyntax)client;
        return withoutArguments
            .WithType(withoutArguments.Type.WithoutTrailingTrivia())
            .WithArgumentList(SyntaxFactory.ArgumentList(SyntaxFactory.SingletonSeparatedList(argument)).WithTrailingTrivia(withoutArguments.Type.GetTrailingTrivia()));
    }

    private static BaseObjectCreationExpressionSyntax WithRedirectsOff(BaseObjectCreationExpressionSyntax handler)
    {
        if (handler.Initializer is not { } initializer)
        {
            InitializerExpressionSyntax added = SyntaxFactory.InitializerExpression(
                SyntaxKind.ObjectInitializerExpression,
                SyntaxFactory.Token(SyntaxKind.OpenBraceToken).WithLeadingTrivia(SyntaxFactory.Space).WithTrailingTrivia(SyntaxFactory.Space),
                SyntaxFactory.SingletonSeparatedList<ExpressionSyntax>(RedirectsOff()),
                SyntaxFactory.Token(SyntaxKind.CloseBraceToken).WithLeadingTrivia(SyntaxFactory.Space));
            return handler.WithoutTrailingTrivia().WithInitializer(added).WithTrailingTrivia(handler.GetTrailingTrivia());
        }

        if (SetsProperty(handler))
        {
            return handler.ReplaceNodes(
                initializer.Expressions.OfType<AssignmentExpressionSyntax>().Where(IsProperty),
                (original, _) => original.WithRight(False(original.Right)));
        }

        return handler.WithInitializer(initializer.WithExpressions(Appended(initializer)));
    }

    // Laid out like the entries before it: on a line of its own in a multi-line initializer, after ", " in a one-line
    // one, and with a trailing comma if the initializer had one.
    private static SeparatedSyntaxList<ExpressionSyntax> Appended(InitializerExpressionSyntax initializer)
    {
        SeparatedSyntaxList<ExpressionSyntax> expressions = initializer.Expressions;
        if (expressions.Count == 0)
        {
            return SyntaxFactory.SingletonSeparatedList<ExpressionSyntax>(RedirectsOff().WithTrailingTrivia(SyntaxFactory.Space).WithAdditionalAnnotations(Formatter.Annotation));
        }

        ExpressionSyntax last = expressions[expressions.Count - 1];
        List<SyntaxNodeOrToken> items = expressions.GetWithSeparators().ToList();
        ExpressionSyntax added = RedirectsOff().WithLeadingTrivia(last.GetLeadingTrivia());
        if (expressions.SeparatorCount == expressions.Count)
        {
            SyntaxToken trailingComma = expressions.GetSeparator(expressions.Count - 1);
            items.Add(added);
            items.Add(SyntaxFactory.Token(SyntaxKind.CommaToken).WithTrailingTrivia(trailingComma.TrailingTrivia));
        }
        else
        {
            // The comma goes right after the last entry, before whatever followed it (a comment, the line's end).
            SyntaxTriviaList after = last.GetTrailingTrivia();
            items[items.Count - 1] = last.WithoutTrailingTrivia();
            items.Add(SyntaxFactory.Token(SyntaxKind.CommaToken).WithTrailingTrivia(after));
            items.Add(added.WithTrailingTrivia(after.Where(t => t.IsKind(SyntaxKind.WhitespaceTrivia) || t.IsKind(SyntaxKind.EndOfLineTrivia))));
        }

        return SyntaxFactory.SeparatedList<ExpressionSyntax>(items);
    }

    private static bool SetsProperty(BaseObjectCreationExpressionSyntax handler) =>
        handler.Initializer?.Expressions.OfType<AssignmentExpressionSyntax>().Any(IsProperty) == true;

    private static bool IsProperty(AssignmentExpressionSyntax assignment) =>
        assignment.Left is IdentifierNameSyntax { Identifier.ValueText: Property };

    private static AssignmentExpressionSyntax RedirectsOff() =>
        SyntaxFactory.AssignmentExpression(
            SyntaxKind.SimpleAssignmentExpression,
            SyntaxFactory.IdentifierName(Property),
            SyntaxFactory.Token(SyntaxKind.EqualsToken).WithLeadingTrivia(SyntaxFactory.Space).WithTrailingTrivia(SyntaxFactory.Space),
            SyntaxFactory.LiteralExpression(SyntaxKind.FalseLiteralExpression));

    private static LiteralExpressionSyntax False(ExpressionSyntax replaced) =>
        SyntaxFactory.LiteralExpression(SyntaxKind.FalseLiteralExpression).WithTriviaFrom(replaced);
}
