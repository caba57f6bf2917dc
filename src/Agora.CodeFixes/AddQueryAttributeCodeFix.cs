using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Agora.CodeFixes;

/// <summary>AGR1011: sends a parameter that is bound to nothing as a query parameter, <c>[Query]</c>.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AddQueryAttributeCodeFix)), Shared]
public sealed class AddQueryAttributeCodeFix : CodeFixProvider
{
    private const string Title = "Send it as a query parameter ([Query])";

    /// <inheritdoc/>
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create("AGR1011");

    /// <inheritdoc/>
    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    /// <inheritdoc/>
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        SyntaxNode? root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        SemanticModel? model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
        if (root?.FindToken(context.Span.Start).Parent?.FirstAncestorOrSelf<ParameterSyntax>() is not { } parameter || model is null)
        {
            return;
        }

        // "Query" where it can only mean Agora.Rest's attribute; the qualified name elsewhere (not imported, or
        // another library's [Query] in scope too), so the fix always compiles.
        var candidates = model.LookupNamespacesAndTypes(parameter.SpanStart, name: "QueryAttribute")
            .Concat(model.LookupNamespacesAndTypes(parameter.SpanStart, name: "Query"))
            .OfType<INamedTypeSymbol>()
            .ToList();
        string name = candidates.Count == 1 && candidates[0].ContainingNamespace.ToDisplayString() == "Agora.Rest"
            ? "Query"
            : "global::Agora.Rest.Query";
        AttributeListSyntax attribute = SyntaxFactory.AttributeList(SyntaxFactory.SingletonSeparatedList(SyntaxFactory.Attribute(SyntaxFactory.ParseName(name))))
            .WithTrailingTrivia(SyntaxFactory.Space);
        ParameterSyntax updated = parameter.WithoutLeadingTrivia().AddAttributeLists(attribute).WithLeadingTrivia(parameter.GetLeadingTrivia());
        context.RegisterCodeFix(
            CodeAction.Create(Title, _ => Task.FromResult(context.Document.WithSyntaxRoot(root.ReplaceNode(parameter, updated))), equivalenceKey: Title),
            context.Diagnostics);
    }
}
