using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Agora.Analyzers.Security.Secrets;

/// <summary>
/// Text put together in a <c>StringBuilder</c>: made empty or from a constant, given constants with <c>Append</c> in
/// code that always runs (statements of the block that declares it, or one chain of calls), and read with
/// <c>ToString()</c>. A builder passed elsewhere, changed in a branch or a loop, or cleared has no known text.
/// </summary>
internal static class TextBuilders
{
    private const int MaxDepth = 12;

    public static bool IsStringBuilder(ITypeSymbol? type) => SymbolNames.IsType(type, "System.Text", "StringBuilder");

    /// <summary><c>builder.Append(value)</c>: the call that adds its one argument to the builder's text.</summary>
    public static bool Appends(IOperation call) =>
        call is IInvocationOperation { TargetMethod.Name: "Append", Arguments.Length: 1, Instance: not null } append && IsStringBuilder(append.TargetMethod.ContainingType);

    /// <summary>A call on a builder that hands its text on: another <c>Append</c> in a chain, or <c>ToString()</c>.</summary>
    public static bool Continues(IOperation call) =>
        Appends(call) || call is IInvocationOperation { TargetMethod.Name: "ToString", Arguments.Length: 0 } read && IsStringBuilder(read.TargetMethod.ContainingType);

    /// <summary>The local a chain of <c>Append</c> calls starts from: <c>sb</c> in <c>sb.Append(a).Append(b)</c>.</summary>
    public static ILocalReferenceOperation? BuilderLocal(IOperation append)
    {
        IOperation? current = append;
        while (current is not null && Appends(current))
        {
            current = ((IInvocationOperation)current).Instance;
        }

        return current as ILocalReferenceOperation;
    }

    /// <summary>
    /// The values appended, in order, to the builder <paramref name="builder"/> evaluates to, up to where it is read
    /// by <paramref name="read"/>; null when they are not all known.
    /// </summary>
    public static List<IOperation>? Parts(IOperation? builder, IOperation read) => Parts(builder, read, 0);

    private static List<IOperation>? Parts(IOperation? builder, IOperation read, int depth)
    {
        // A builder made from itself (StringBuilder sb = sb.Append(…) in half-typed code) must end somewhere.
        if (depth > MaxDepth)
        {
            return null;
        }

        switch (builder)
        {
            case IConversionOperation conversion:
                return Parts(conversion.Operand, read, depth + 1);
            case IInvocationOperation append when Appends(append):
                return Parts(append.Instance, read, depth + 1) is { } before ? before.Concat(new[] { append.Arguments[0].Value }).ToList() : null;
            case IObjectCreationOperation creation when IsStringBuilder(creation.Type):
                return Initial(creation);
            case ILocalReferenceOperation local:
                return LocalParts(local, read, depth + 1);
            default:
                return null;
        }
    }

    // new StringBuilder(), new StringBuilder(capacity) or new StringBuilder("text").
    private static List<IOperation>? Initial(IObjectCreationOperation creation) => creation.Arguments.Length switch
    {
        0 => new List<IOperation>(),
        1 when creation.Arguments[0].Value.Type?.SpecialType == SpecialType.System_Int32 => new List<IOperation>(),
        1 when creation.Arguments[0].Value.Type?.SpecialType == SpecialType.System_String => new List<IOperation> { creation.Arguments[0].Value },
        _ => null,
    };

    // A local builder: what it was made with, then every statement of its own block that appends to it before the
    // read. Any other use of it before the read (in a branch, a loop, passed to a method) leaves the text unknown.
    private static List<IOperation>? LocalParts(ILocalReferenceOperation builder, IOperation read, int depth)
    {
        if (ValueSources.LocalValue(builder) is not { } made || Parts(made, read, depth) is not { } parts
            || DeclaringBlock(made) is not { } block)
        {
            return null;
        }

        int readAt = read.Syntax.SpanStart;
        foreach (ILocalReferenceOperation use in block.Descendants().OfType<ILocalReferenceOperation>()
                     .Where(r => SymbolEqualityComparer.Default.Equals(r.Local, builder.Local) && r.Syntax.SpanStart < readAt)
                     .OrderBy(r => r.Syntax.SpanStart))
        {
            if (read.Syntax.Span.Contains(use.Syntax.Span) || ValueSources.IsWrite(use, out _))
            {
                continue;
            }

            if (Continues(use.Parent!) && !Appends(use.Parent!))
            {
                continue; // an earlier ToString() reads the text without changing it
            }

            IOperation top = use;
            var appended = new List<IOperation>();
            while (top.Parent is { } parent && Appends(parent) && ((IInvocationOperation)parent).Instance == top)
            {
                appended.Add(((IInvocationOperation)parent).Arguments[0].Value);
                top = parent;
            }

            if (appended.Count == 0 || top.Parent is not IExpressionStatementOperation { Parent: { } statementBlock } || statementBlock != block)
            {
                return null;
            }

            parts.AddRange(appended);
        }

        return parts;
    }

    // The block whose statements always run after the builder is made: the one that declares it.
    private static IBlockOperation? DeclaringBlock(IOperation made)
    {
        for (IOperation? current = made.Parent; current is not null; current = current.Parent)
        {
            if (current is IBlockOperation block)
            {
                return block;
            }

            if (current is not (IVariableInitializerOperation or IVariableDeclaratorOperation or IVariableDeclarationOperation or IVariableDeclarationGroupOperation or IConversionOperation))
            {
                return null;
            }
        }

        return null;
    }
}
