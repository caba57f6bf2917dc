using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Agora.Analyzers.Security.Secrets;

/// <summary>Declarations whose own name or [AgoraSecret] marks the value they are initialized with as a secret.</summary>
internal static class SecretDeclarations
{
    /// <summary>
    /// Whether <paramref name="value"/> initializes a field, property or local that is reported for its own
    /// name (and value shape) or attribute, by the declaration's own analysis.
    /// </summary>
    public static bool ReportsItself(SyntaxNode value, SecretOptions options)
    {
        (string? name, SyntaxList<AttributeListSyntax> attributes) = value.Parent switch
        {
            EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax declarator } =>
                (declarator.Identifier.ValueText, declarator.Parent?.Parent is FieldDeclarationSyntax field ? field.AttributeLists : default),
            EqualsValueClauseSyntax { Parent: PropertyDeclarationSyntax property } => (property.Identifier.ValueText, property.AttributeLists),
            ArrowExpressionClauseSyntax { Parent: PropertyDeclarationSyntax property } => (property.Identifier.ValueText, property.AttributeLists),
            _ => (null, default),
        };
        if (name is null)
        {
            return false;
        }

        if (attributes.SelectMany(list => list.Attributes).Any(a => a.Name.ToString().Contains("AgoraSecret")))
        {
            return true;
        }

        return SecretNames.Classify(name, options) is not null
            && value is LiteralExpressionSyntax literal && literal.IsKind(SyntaxKind.StringLiteralExpression)
            && SecretValues.HasCredentialShape(literal.Token.ValueText);
    }
}
