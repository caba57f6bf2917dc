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
using Microsoft.CodeAnalysis.Formatting;

namespace Agora.CodeFixes;

/// <summary>
/// AGR0001: replaces a hard-coded secret with a read from <c>IConfiguration</c> when one is in scope, else
/// from an environment variable, failing with a message that names the key when it is missing. A
/// <c>const</c> that held the secret becomes <c>static readonly</c> (or a plain local). Not offered where C#
/// needs a constant (parameter defaults, attribute arguments, a const used in such places) or where the
/// value is not a string (bytes, chars), nor for Basic credentials, which are two values to take apart by hand.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(MoveSecretOutOfSourceCodeFix)), Shared]
public sealed class MoveSecretOutOfSourceCodeFix : CodeFixProvider
{
    private const string ConfigurationKeyProperty = "ConfigurationKey";
    private const string EnvironmentVariableProperty = "EnvironmentVariable";

    /// <inheritdoc/>
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create("AGR0001");

    /// <inheritdoc/>
    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    /// <inheritdoc/>
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        SyntaxNode? root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        SemanticModel? model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null || model is null)
        {
            return;
        }

        foreach (Diagnostic diagnostic in context.Diagnostics)
        {
            if (!diagnostic.Properties.TryGetValue(ConfigurationKeyProperty, out string? key) || key is null
                || !diagnostic.Properties.TryGetValue(EnvironmentVariableProperty, out string? variable) || variable is null
                || root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not ExpressionSyntax secret
                || !await CanReplaceAsync(context.Document, secret, model, context.CancellationToken).ConfigureAwait(false))
            {
                continue;
            }

            // A const field becomes static readonly: only static members can initialize it then.
            bool staticOnly = secret.Parent?.Parent?.Parent?.Parent is FieldDeclarationSyntax field
                && (field.Modifiers.Any(SyntaxKind.ConstKeyword) || field.Modifiers.Any(SyntaxKind.StaticKeyword));
            string? configuration = ConfigurationInScope.Find(secret, model, staticOnly, context.CancellationToken);
            string title = configuration is null
                ? $"Read it from the {variable} environment variable"
                : $"Read it from configuration ('{key}')";
            context.RegisterCodeFix(
                CodeAction.Create(
                    title,
                    cancellationToken => Task.FromResult(context.Document.WithSyntaxRoot(Replace(root, model, secret, configuration, key, variable))),
                    equivalenceKey: "AGR0001.MoveSecretOutOfSource"),
                diagnostic);
        }
    }

    private static async Task<bool> CanReplaceAsync(Document document, ExpressionSyntax secret, SemanticModel model, CancellationToken cancellationToken)
    {
        if (model.GetTypeInfo(secret, cancellationToken).Type?.SpecialType != SpecialType.System_String || ConstantContext.Contains(secret))
        {
            return false;
        }

        if (secret.Parent is not EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax declarator })
        {
            return true;
        }

        // 'const string A = "x", B = "…";' would turn A non-constant too; such declarations are left alone.
        bool isConst = declarator.Parent?.Parent switch
        {
            FieldDeclarationSyntax field => field.Modifiers.Any(SyntaxKind.ConstKeyword),
            LocalDeclarationStatementSyntax local => local.IsConst,
            _ => false,
        };
        if (isConst && declarator.Parent is VariableDeclarationSyntax { Variables.Count: > 1 })
        {
            return false;
        }

        return await ConstantContext.MayStopBeingConstantAsync(document, declarator, model, cancellationToken).ConfigureAwait(false);
    }

    // The short name when it already means the System type where the secret is, the global:: one otherwise.
    private static string SystemTypeName(ExpressionSyntax at, SemanticModel model, string name) =>
        model.LookupNamespacesAndTypes(at.SpanStart, name: name).FirstOrDefault() is INamedTypeSymbol { ContainingNamespace: { Name: "System", ContainingNamespace.IsGlobalNamespace: true } }
            ? name
            : "global::System." + name;

    private static SyntaxNode Replace(SyntaxNode root, SemanticModel model, ExpressionSyntax secret, string? configuration, string key, string variable)
    {
        string environment = SystemTypeName(secret, model, "Environment");
        string exception = SystemTypeName(secret, model, "InvalidOperationException");
        ExpressionSyntax read = configuration is null
            ? SyntaxFactory.ParseExpression(
                $"{environment}.GetEnvironmentVariable(\"{variable}\") ?? throw new {exception}(\"Set the {variable} environment variable.\")")
            : SyntaxFactory.ParseExpression(
                $"{configuration}[\"{key}\"] ?? throw new {exception}(\"Set the configuration value '{key}' (user secrets in development; the {key.Replace(":", "__")} environment variable or a secret store in production).\")");
        // "a ?? throw …" binds loosest of all: parenthesize it unless it stands alone.
        if (secret.Parent is not (ArgumentSyntax or EqualsValueClauseSyntax or ArrowExpressionClauseSyntax or ReturnStatementSyntax or ParenthesizedExpressionSyntax
            or AssignmentExpressionSyntax or InitializerExpressionSyntax or SwitchExpressionArmSyntax or AttributeArgumentSyntax))
        {
            read = SyntaxFactory.ParenthesizedExpression(read);
        }

        read = read.WithTriviaFrom(secret).WithAdditionalAnnotations(Formatter.Annotation);

        // A const cannot hold a value read at run time: the field becomes static readonly, the local a plain local.
        switch (secret.Parent?.Parent?.Parent?.Parent)
        {
            case FieldDeclarationSyntax field when field.Modifiers.Any(SyntaxKind.ConstKeyword):
                FieldDeclarationSyntax newField = field.ReplaceNode(secret, read);
                return root.ReplaceNode(field, newField.WithModifiers(WithoutConst(newField.Modifiers, makeStatic: true)));
            case LocalDeclarationStatementSyntax local when local.Modifiers.Any(SyntaxKind.ConstKeyword):
                LocalDeclarationStatementSyntax newLocal = local.ReplaceNode(secret, read);
                return root.ReplaceNode(local, newLocal.WithModifiers(WithoutConst(newLocal.Modifiers, makeStatic: false)).WithLeadingTrivia(local.GetLeadingTrivia()));
            default:
                return root.ReplaceNode(secret, read);
        }
    }

    private static SyntaxTokenList WithoutConst(SyntaxTokenList modifiers, bool makeStatic)
    {
        SyntaxToken constKeyword = modifiers.First(m => m.IsKind(SyntaxKind.ConstKeyword));
        if (!makeStatic)
        {
            SyntaxTokenList rest = modifiers.Remove(constKeyword);
            return rest;
        }

        SyntaxToken[] replacement =
        {
            SyntaxFactory.Token(SyntaxKind.StaticKeyword).WithLeadingTrivia(constKeyword.LeadingTrivia).WithTrailingTrivia(SyntaxFactory.Space),
            SyntaxFactory.Token(SyntaxKind.ReadOnlyKeyword).WithTrailingTrivia(constKeyword.TrailingTrivia),
        };
        return modifiers.ReplaceRange(constKeyword, replacement);
    }
}
