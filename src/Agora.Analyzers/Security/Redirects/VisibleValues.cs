using System.Linq;
using System.Threading;
using Agora.Analyzers.Security.Secrets;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace Agora.Analyzers.Security.Redirects;

/// <summary>
/// The value an expression is known to hold where it is read: the expression itself, the only value ever written to a
/// local of the same body, or the initializer of a readonly field of the type being analyzed that no constructor
/// touches. Anything else (parameters, calls, properties, fields written elsewhere) has no visible value.
/// </summary>
internal static class VisibleValues
{
    /// <summary>The operation <paramref name="read"/> is known to evaluate, or <see langword="null"/>.</summary>
    public static IOperation? Of(IOperation read, INamedTypeSymbol scope, CancellationToken cancellationToken)
    {
        IOperation value = WithoutConversions(read);
        return value switch
        {
            ILocalReferenceOperation local => LocalWrites.Of(local).SingleValue(local.Local) is { } written ? WithoutConversions(written) : null,
            IFieldReferenceOperation field => FieldInitializer(field, scope, cancellationToken),
            _ => value,
        };
    }

    /// <summary>
    /// Strips the conversions that keep the object as it is: identity, reference conversions, and the one a
    /// target-typed <c>new()</c> is wrapped in (to its own type).
    /// </summary>
    public static IOperation WithoutConversions(IOperation operation)
    {
        while (true)
        {
            switch (operation)
            {
                case IConversionOperation { Conversion.IsUserDefined: false, Operand: { } operand } conversion
                    when conversion.Conversion.IsIdentity || conversion.Conversion.IsReference || SymbolEqualityComparer.Default.Equals(conversion.Type, operand.Type):
                    operation = operand;
                    break;
                case IParenthesizedOperation { Operand: { } inner }:
                    operation = inner;
                    break;
                default:
                    return operation;
            }
        }
    }

    // Only a readonly field of a class being analyzed right now, declared in this file (where the semantic model of the
    // read can bind it) and never mentioned in a constructor (the one place a readonly field is written again).
    private static IOperation? FieldInitializer(IFieldReferenceOperation reference, INamedTypeSymbol scope, CancellationToken cancellationToken)
    {
        IFieldSymbol field = reference.Field;
        if (!field.IsReadOnly
            || field.ContainingType is not { TypeKind: TypeKind.Class } type
            || !SymbolEqualityComparer.Default.Equals(type, scope)
            || field.DeclaringSyntaxReferences.Length != 1
            || reference.SemanticModel is not { } model)
        {
            return null;
        }

        SyntaxReference declaration = field.DeclaringSyntaxReferences[0];
        if (declaration.SyntaxTree != model.SyntaxTree
            || declaration.GetSyntax(cancellationToken) is not VariableDeclaratorSyntax { Initializer.Value: { } initializer }
            || IsMentionedInConstructor(field, cancellationToken))
        {
            return null;
        }

        return model.GetOperation(initializer, cancellationToken) is { } value ? WithoutConversions(value) : null;
    }

    // By name and without binding: a conservative test that also covers ref and out arguments and deconstruction,
    // and works for constructors in other files of a partial class.
    private static bool IsMentionedInConstructor(IFieldSymbol field, CancellationToken cancellationToken) =>
        field.ContainingType.InstanceConstructors.Concat(field.ContainingType.StaticConstructors)
            .SelectMany(constructor => constructor.DeclaringSyntaxReferences)
            .Select(reference => reference.GetSyntax(cancellationToken))
            .OfType<ConstructorDeclarationSyntax>() // a primary constructor's "declaration" is the whole type
            .SelectMany(constructor => constructor.DescendantNodes().OfType<IdentifierNameSyntax>())
            .Any(name => name.Identifier.ValueText == field.Name);
}
