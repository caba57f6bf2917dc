using System.Collections.Generic;
using System.Linq;
using Agora.Analyzers.Security.Secrets;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Agora.Analyzers.Security.Logging;

/// <summary>
/// Reads of secrets inside an expression whose text is written out: a secret-named or [AgoraSecret] field,
/// property, parameter or local (or a local copied from one), reaching the output as text through
/// conversions, interpolation, concatenation, ?? and ?:, string.Format/Concat arguments or ToString().
/// A secret only measured (<c>.Length</c>), tested or passed to another method (a mask, a hash) is not written.
/// </summary>
internal static class SecretReads
{
    public static IEnumerable<(IOperation Read, string Name)> In(IOperation written)
    {
        foreach (IOperation operation in written.DescendantsAndSelf())
        {
            if (SecretName(operation) is { } name && ReachesText(operation, written))
            {
                yield return (operation, name);
            }
        }
    }

    private static string? SecretName(IOperation operation)
    {
        ISymbol? symbol = operation switch
        {
            IFieldReferenceOperation field => field.Field,
            IPropertyReferenceOperation { Arguments.Length: 0 } property => property.Property,
            IParameterReferenceOperation parameter => parameter.Parameter,
            ILocalReferenceOperation localReference => localReference.Local,
            _ => null,
        };
        if (symbol is null)
        {
            return null;
        }

        if (IsSecretSymbol(symbol))
        {
            return symbol.Name;
        }

        // var secret = options.AppCertificate; … log(secret)
        if (symbol is ILocalSymbol local && CopiedFrom(operation, local) is { } source && IsSecretSymbol(source))
        {
            return source.Name;
        }

        return null;
    }

    private static bool IsSecretSymbol(ISymbol symbol) =>
        AgoraSecretMarker.IsOn(symbol) || SecretNames.Classify(symbol.Name) is not null;

    private static ISymbol? CopiedFrom(IOperation reference, ILocalSymbol local) =>
        Unwrap(LocalWrites.Of(reference).SingleValue(local)) switch
        {
            IFieldReferenceOperation field => field.Field,
            IPropertyReferenceOperation property => property.Property,
            IParameterReferenceOperation parameter => parameter.Parameter,
            _ => null,
        };

    private static IOperation? Unwrap(IOperation? operation) => operation is IConversionOperation conversion ? Unwrap(conversion.Operand) : operation;

    private static bool ReachesText(IOperation read, IOperation written)
    {
        IOperation current = read;
        while (current != written)
        {
            IOperation? parent = current.Parent;
            bool passesThrough = parent switch
            {
                IConversionOperation or IParenthesizedOperation or IInterpolationOperation or IInterpolatedStringOperation => true,
                IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } => true,
                ICoalesceOperation => true,
                IConditionalOperation conditional => conditional.Condition != current,
                IArrayInitializerOperation or IArrayCreationOperation => true,
                IArgumentOperation { Parent: IInvocationOperation invocation } => IsTextJoin(invocation),
                IInvocationOperation invocation => IsTextJoin(invocation) || (invocation.TargetMethod.Name == "ToString" && invocation.Instance == current),
                _ => false,
            };
            if (!passesThrough || parent is null)
            {
                return false;
            }

            current = parent;
        }

        return true;
    }

    private static bool IsTextJoin(IInvocationOperation invocation) =>
        invocation.TargetMethod is { ContainingType.SpecialType: SpecialType.System_String, Name: "Format" or "Concat" or "Join" };
}
