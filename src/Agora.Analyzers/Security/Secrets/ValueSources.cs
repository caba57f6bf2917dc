using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace Agora.Analyzers.Security.Secrets;

/// <summary>
/// Where a value comes from: the one expression a local, a field, a property or a call always evaluates, found
/// from its declaration (a local's single write, a const or readonly field's or get-only property's initializer,
/// what a parameterless method returns) and the elements of a collection expression. <see cref="ConstantText"/>
/// turns what these give into text.
/// </summary>
internal static class ValueSources
{
    // Collection expressions ([a, b]) have no operation of their own in Roslyn 4.8, which this analyzer is
    // built against; their elements are read from the syntax.
    public static List<IOperation>? CollectionElements(IOperation operation, CancellationToken cancellationToken)
    {
        if (operation.Syntax is not CollectionExpressionSyntax collection || operation.SemanticModel is not { } model)
        {
            return null;
        }

        var elements = new List<IOperation>();
        foreach (CollectionElementSyntax element in collection.Elements)
        {
            if (element is not ExpressionElementSyntax expression || model.GetOperation(expression.Expression, cancellationToken) is not { } value)
            {
                return null;
            }

            elements.Add(value);
        }

        return elements;
    }

    /// <summary>
    /// The one expression a reference always evaluates: a local's single write, the initializer of a const or
    /// readonly field or get-only property, or what a parameterless method or local function returns, in any file
    /// of the compilation.
    /// </summary>
    public static IOperation? ValueOf(IOperation reference, CancellationToken cancellationToken) => reference switch
    {
        ILocalReferenceOperation local => LocalValue(local),
        IFieldReferenceOperation field => DeclarationValue(field.Field, reference, cancellationToken).Operation,
        IPropertyReferenceOperation { Arguments.Length: 0 } property => DeclarationValue(property.Property, reference, cancellationToken).Operation,
        IInvocationOperation { Arguments.Length: 0 } invocation => ReturnedValue(invocation, cancellationToken),
        _ => null,
    };

    /// <summary>
    /// Every value a method of the program returns (each return statement of its body, not those of lambdas or local
    /// functions inside it), whatever its arguments: values that depend on them do not fold, constants do.
    /// </summary>
    public static IReadOnlyList<IOperation>? ReturnedValues(IInvocationOperation invocation, CancellationToken cancellationToken) =>
        invocation.SemanticModel is { } model ? ReturnedValues(invocation.TargetMethod, model, cancellationToken) : null;

    /// <summary>Every value <paramref name="method"/> returns, read from its declaration in any file of <paramref name="near"/>'s compilation.</summary>
    public static IReadOnlyList<IOperation>? ReturnedValues(IMethodSymbol method, SemanticModel near, CancellationToken cancellationToken)
    {
        if (method.IsVirtual || method.IsAbstract || method.IsOverride || method.DeclaringSyntaxReferences.Length != 1)
        {
            return null;
        }

        SyntaxNode declaration = method.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken);
        (ArrowExpressionClauseSyntax? arrow, BlockSyntax? block) = declaration switch
        {
            MethodDeclarationSyntax m => (m.ExpressionBody, m.Body),
            LocalFunctionStatementSyntax f => (f.ExpressionBody, f.Body),
            _ => (null, null),
        };
        SemanticModel? declaring = SemanticModels.For(near, declaration.SyntaxTree);
        if (declaring is null)
        {
            return null;
        }

        IEnumerable<ExpressionSyntax> returned = arrow is not null
            ? new[] { arrow.Expression }
            : block?.DescendantNodes(node => node is not (AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax))
                .OfType<ReturnStatementSyntax>()
                .Select(r => r.Expression)
                .OfType<ExpressionSyntax>() ?? Enumerable.Empty<ExpressionSyntax>();
        return returned.Select(e => declaring.GetOperation(e, cancellationToken)).OfType<IOperation>().ToList();
    }

    /// <summary>What a lambda always returns: its expression body, or the one return of its block (not of functions inside it).</summary>
    public static IOperation? ReturnedValue(IAnonymousFunctionOperation lambda)
    {
        IOperation? found = null;
        foreach (IOperation operation in lambda.Body.Descendants())
        {
            if (operation is IReturnOperation { Kind: OperationKind.Return, ReturnedValue: { } value } && EnclosingFunction(operation) == lambda)
            {
                if (found is not null)
                {
                    return null;
                }

                found = value;
            }
        }

        return found;
    }

    /// <summary>The lambda or local function <paramref name="operation"/> is in, nearest first, or null for the member's own code.</summary>
    public static IOperation? EnclosingFunction(IOperation operation)
    {
        for (IOperation? current = operation.Parent; current is not null; current = current.Parent)
        {
            if (current is IAnonymousFunctionOperation or ILocalFunctionOperation)
            {
                return current;
            }
        }

        return null;
    }

    /// <summary>What a method of the program always returns: its one return, or null.</summary>
    public static IOperation? ReturnedValue(IInvocationOperation invocation, CancellationToken cancellationToken) =>
        ReturnedValues(invocation, cancellationToken) is { Count: 1 } returned ? returned[0] : null;

    public static IOperation? LocalValue(ILocalReferenceOperation reference) =>
        reference.Local.IsRef ? null : LocalWrites.Of(reference).SingleValue(reference.Local);

    public static bool IsWrite(ILocalReferenceOperation reference, out IOperation? value)
    {
        value = null;
        switch (reference.Parent)
        {
            case ISimpleAssignmentOperation assignment when assignment.Target == reference:
                value = assignment.Value;
                return true;
            case ICompoundAssignmentOperation compound when compound.Target == reference:
            case IIncrementOrDecrementOperation:
            case IArgumentOperation { Parameter.RefKind: RefKind.Ref or RefKind.Out }:
            case ITupleOperation:
            case IDeclarationExpressionOperation:
                return true;
            default:
                return reference.Parent is IVariableInitializerOperation { Parent: IVariableDeclaratorOperation { Symbol.IsRef: true } };
        }
    }

    /// <summary>
    /// The value a field or property holds wherever it is read (from its own file's model), and its syntax: the
    /// initializer of a const or readonly field or get-only property; for a writable field or auto-property, its
    /// initializer when nothing assigns it, or else the one value it is ever given that is not empty.
    /// </summary>
    public static (IOperation? Operation, ExpressionSyntax? Syntax) DeclarationValue(ISymbol symbol, IOperation reference, CancellationToken cancellationToken)
    {
        if (symbol.DeclaringSyntaxReferences.Length != 1 || symbol is not (IFieldSymbol or IPropertySymbol))
        {
            return (null, null);
        }

        SyntaxNode declaration = symbol.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken);
        ExpressionSyntax? initializer = declaration switch
        {
            VariableDeclaratorSyntax declarator => declarator.Initializer?.Value,
            PropertyDeclarationSyntax property => property.Initializer?.Value ?? property.ExpressionBody?.Expression,
            _ => null,
        };

        ExpressionSyntax? value = symbol switch
        {
            IFieldSymbol { IsConst: true } => initializer,
            // Readonly fields assigned in a constructor have other values; the compiler guarantees that only for const.
            IFieldSymbol { IsReadOnly: true } readOnlyField => IsAssignedInConstructor(readOnlyField, cancellationToken) ? null : initializer,
            IPropertySymbol { IsAbstract: true } or IPropertySymbol { IsVirtual: true } or IPropertySymbol { IsOverride: true } => null,
            IPropertySymbol { IsReadOnly: true } => initializer,
            _ when IsPlainStorage(declaration) && reference.SemanticModel is { } model => WrittenValue(symbol, initializer, model.Compilation, cancellationToken),
            _ => null,
        };
        if (value is null)
        {
            return (null, null);
        }

        return reference.SemanticModel is { } readingModel && SemanticModels.For(readingModel, value.SyntaxTree) is { } declaring
            ? (declaring.GetOperation(value, cancellationToken), value)
            : (null, value);
    }

    // A field, or an auto-property: a read gives what was last written, with no accessor code in between.
    private static bool IsPlainStorage(SyntaxNode declaration) => declaration switch
    {
        VariableDeclaratorSyntax { Parent.Parent: FieldDeclarationSyntax } => true,
        PropertyDeclarationSyntax { AccessorList: { } accessors } => accessors.Accessors.All(a => a.Body is null && a.ExpressionBody is null),
        _ => false,
    };

    private static ExpressionSyntax? WrittenValue(ISymbol member, ExpressionSyntax? initializer, Compilation compilation, CancellationToken cancellationToken)
    {
        MemberWrites writes = MemberWrites.Of(member, compilation, cancellationToken);
        return writes.None ? initializer : writes.SoleValue(initializer);
    }

    private static bool IsAssignedInConstructor(IFieldSymbol field, CancellationToken cancellationToken) =>
        field.ContainingType.InstanceConstructors.Concat(field.ContainingType.StaticConstructors)
            .SelectMany(c => c.DeclaringSyntaxReferences)
            .Select(r => r.GetSyntax(cancellationToken))
            .Where(s => s is ConstructorDeclarationSyntax) // a primary constructor's "declaration" is the whole type
            .SelectMany(s => s.DescendantNodes().OfType<AssignmentExpressionSyntax>())
            .Any(a => a.Left is IdentifierNameSyntax name && name.Identifier.ValueText == field.Name
                || a.Left is MemberAccessExpressionSyntax member && member.Name.Identifier.ValueText == field.Name);

    /// <summary>
    /// The text of a declaration's initializer read from syntax alone, for a file the compilation does not hold:
    /// literals and their concatenation only.
    /// </summary>
    public static string? TextOfSyntax(ExpressionSyntax expression) => expression switch
    {
        LiteralExpressionSyntax literal when literal.IsKind(SyntaxKind.StringLiteralExpression) || literal.IsKind(SyntaxKind.Utf8StringLiteralExpression) => literal.Token.ValueText,
        ParenthesizedExpressionSyntax parenthesized => TextOfSyntax(parenthesized.Expression),
        BinaryExpressionSyntax binary when binary.IsKind(SyntaxKind.AddExpression) =>
            TextOfSyntax(binary.Left) is { } left && TextOfSyntax(binary.Right) is { } right ? left + right : null,
        _ => null,
    };
}
