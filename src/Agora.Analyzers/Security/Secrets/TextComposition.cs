using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Agora.Analyzers.Security.Secrets;

/// <summary>
/// Expressions that put text together from constants (interpolation, +, string.Format/Concat, base64 of
/// encoded bytes). Only the outermost one that still folds is examined, so that a credential assembled in
/// several steps is found once (and reported at the piece that holds its secret).
/// </summary>
internal static class TextComposition
{
    public static bool Composes(IOperation operation) => operation switch
    {
        IInterpolatedStringOperation => true,
        IBinaryOperation { OperatorKind: BinaryOperatorKind.Add, Type.SpecialType: SpecialType.System_String } => true,
        IInvocationOperation invocation => IsTextJoin(invocation) || IsBase64Encoding(invocation),
        _ => false,
    };

    public static bool IsBase64Encoding(IOperation operation) =>
        operation is IInvocationOperation { TargetMethod: { Name: "ToBase64String", ContainingType: { Name: "Convert", ContainingNamespace.Name: "System" } } };

    /// <summary>Whether an enclosing expression composes this one into more text and still folds.</summary>
    public static bool HasComposingParent(IOperation operation, CancellationToken cancellationToken)
    {
        IOperation? outermost = null;
        for (IOperation? parent = operation.Parent; parent is not null; parent = parent.Parent)
        {
            if (Composes(parent))
            {
                outermost = parent;
            }
            else if (!PassesText(parent))
            {
                break;
            }
        }

        return outermost is not null && ConstantText.Fold(outermost, cancellationToken) is not null;
    }

    // Operations between a piece of text and the expression that composes it.
    private static bool PassesText(IOperation operation) => operation switch
    {
        IConversionOperation or IParenthesizedOperation or IInterpolationOperation => true,
        IArgumentOperation { Parent: IInvocationOperation invocation } => IsTextJoin(invocation) || IsBase64Encoding(invocation) || IsEncoding(invocation),
        IInvocationOperation invocation => IsEncoding(invocation),
        _ => false,
    };

    private static bool IsTextJoin(IInvocationOperation invocation) =>
        invocation.TargetMethod is { ContainingType.SpecialType: SpecialType.System_String, Name: "Format" or "Concat" };

    private static bool IsEncoding(IInvocationOperation invocation) =>
        invocation.TargetMethod is { Name: "GetBytes", ContainingType: { Name: "Encoding", ContainingNamespace.Name: "Text" } };
}
