using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace Agora.Analyzers.Security.Secrets;

/// <summary>
/// Values kept inside other values: the elements of a tuple, the key and value of a <c>KeyValuePair</c>, the variable
/// of a <c>foreach</c> over a collection. Finds the expression that made the container, so that an element read back
/// by name or position folds to what was written into it.
/// </summary>
internal static class Composites
{
    private const int MaxSteps = 8;

    /// <summary>The position of a tuple element, from its underlying ItemN field.</summary>
    public static int TupleIndex(IFieldSymbol element)
    {
        string name = (element.CorrespondingTupleField ?? element).Name;
        return name.StartsWith("Item", System.StringComparison.Ordinal) && int.TryParse(name.Substring(4), out int n) ? n - 1 : -1;
    }

    public static bool IsKeyValuePair(ITypeSymbol? type) =>
        type is INamedTypeSymbol { Name: "KeyValuePair", TypeArguments.Length: 2, ContainingNamespace: { Name: "Generic", ContainingNamespace.Name: "Collections" } };

    /// <summary>
    /// The expression written as element <paramref name="index"/> of the container <paramref name="container"/> is:
    /// a tuple literal, <c>KeyValuePair.Create</c>, <c>new KeyValuePair&lt;,&gt;(…)</c> or <c>Tuple.Create</c>, found
    /// through the locals, fields, properties and returns that hold it.
    /// </summary>
    public static IOperation? Element(IOperation container, int index, Folding folding)
    {
        IOperation? current = container;
        for (int step = 0; current is not null && index >= 0 && step < MaxSteps; step++)
        {
            switch (current)
            {
                case IConversionOperation conversion:
                    current = conversion.Operand;
                    continue;
                case IParenthesizedOperation parenthesized:
                    current = parenthesized.Operand;
                    continue;
                case ITupleOperation tuple:
                    return index < tuple.Elements.Length ? tuple.Elements[index] : null;
                case IObjectCreationOperation creation when IsKeyValuePair(creation.Type):
                    return index < creation.Arguments.Length ? creation.Arguments[index].Value : null;
                case IInvocationOperation { TargetMethod.Name: "Create", TargetMethod.ContainingType.Name: "KeyValuePair" or "Tuple" } factory:
                    return index < factory.Arguments.Length ? factory.Arguments[index].Value : null;
            }

            current = folding.BoundValue(current) ?? ValueSources.ValueOf(current, folding.CancellationToken);
        }

        return null;
    }

    /// <summary>The collection a foreach iterates when <paramref name="variable"/> is its iteration variable.</summary>
    public static IOperation? ForEachCollection(ILocalReferenceOperation variable, CancellationToken cancellationToken)
    {
        if (variable.Local.DeclaringSyntaxReferences.Length != 1
            || variable.Local.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken) is not ForEachStatementSyntax loop
            || variable.SemanticModel is not { } model
            || SemanticModels.For(model, loop.SyntaxTree)?.GetOperation(loop, cancellationToken) is not IForEachLoopOperation operation)
        {
            return null;
        }

        IOperation collection = operation.Collection;
        while (collection is IConversionOperation conversion)
        {
            collection = conversion.Operand;
        }

        return collection;
    }
}
