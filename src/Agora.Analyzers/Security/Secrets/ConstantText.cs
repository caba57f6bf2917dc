using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace Agora.Analyzers.Security.Secrets;

/// <summary>
/// Evaluates the text an expression always has, through what a hard-coded secret is put together with: literals
/// and <c>u8</c> literals, concatenation, interpolation, <c>string.Format</c>, <c>string.Concat</c> and
/// <c>string.Join</c> with constant arguments, char and byte arrays, <c>Encoding.GetBytes</c> and
/// <c>Convert.ToBase64String</c>. References (locals, fields, properties, calls) are followed to the expression
/// they always evaluate, which <see cref="ValueSources"/> finds. Anything read at run time (configuration,
/// environment, parameters) has no value.
/// </summary>
internal static class ConstantText
{
    private const int MaxDepth = 12;

    private static readonly UTF8Encoding StrictUtf8 = new(false, throwOnInvalidBytes: true);

    public static FoldedValue? Fold(IOperation? operation, CancellationToken cancellationToken) =>
        Fold(operation, 0, Folding.Plain(cancellationToken));

    /// <summary>The text, with the values symbols hold on the path being followed.</summary>
    public static FoldedValue? Fold(IOperation? operation, Folding folding) =>
        Fold(operation, 0, folding);

    /// <summary>
    /// The values an expression may have: each branch of <c>?:</c> and <c>switch</c>, and the fallback of
    /// <c>??</c> (a literal fallback is a secret in source, used whenever the real source is missing).
    /// </summary>
    /// <summary>The values, with the values symbols hold on the path being followed.</summary>
    public static IEnumerable<FoldedValue> Candidates(IOperation? operation, Folding folding) =>
        Candidates(operation, 0, folding);

    private static IEnumerable<FoldedValue> Candidates(IOperation? operation, int depth, Folding folding)
    {
        if (operation is null || depth > MaxDepth)
        {
            return Enumerable.Empty<FoldedValue>();
        }

        // Several secrets in one array (a rotation list): each element is its own value.
        if (operation.Type is IArrayTypeSymbol { ElementType.SpecialType: SpecialType.System_String } && Sequence(operation, 0, folding) is { } elements)
        {
            return elements;
        }

        if (DeferredValues.PassedOn(operation, folding) is { } passed)
        {
            return Candidates(passed, depth + 1, folding);
        }

        switch (operation)
        {
            case IConversionOperation conversion:
                return Candidates(conversion.Operand, depth + 1, folding);
            case ICoalesceOperation coalesce:
                return Candidates(coalesce.Value, depth + 1, folding).Concat(Candidates(coalesce.WhenNull, depth + 1, folding));
            case IConditionalOperation { WhenFalse: { } whenFalse } conditional:
                return Candidates(conditional.WhenTrue, depth + 1, folding).Concat(Candidates(whenFalse, depth + 1, folding));
            case ISwitchExpressionOperation switchExpression:
                return switchExpression.Arms.SelectMany(arm => Candidates(arm.Value, depth + 1, folding));
        }

        if (Fold(operation, folding) is { } value)
        {
            return new[] { value };
        }

        // The variable of a foreach over constants: each element.
        if (operation is ILocalReferenceOperation iteration && Composites.ForEachCollection(iteration, folding.CancellationToken) is { } collection
            && Sequence(collection, depth + 1, folding) is { } items)
        {
            return items;
        }

        // A call to a method of the program: whatever each of its returns gives (one may be a constant fallback,
        // whatever the arguments); a reference whose one source has branches: each branch.
        if (operation is IInvocationOperation invocation && ValueSources.ReturnedValues(invocation, folding.CancellationToken) is { Count: > 0 } returns)
        {
            return returns.SelectMany(returned => Candidates(returned, depth + 1, folding));
        }

        return ValueSources.ValueOf(operation, folding.CancellationToken) is { } source
            ? Candidates(source, depth + 1, folding)
            : Enumerable.Empty<FoldedValue>();
    }

    private static FoldedValue? Fold(IOperation? operation, int depth, Folding folding)
    {
        if (operation is null || depth > MaxDepth)
        {
            return null;
        }

        folding.CancellationToken.ThrowIfCancellationRequested();
        if (folding.BoundValue(operation) is { } bound)
        {
            return Fold(bound, depth + 1, folding);
        }

        if (operation.Type is IArrayTypeSymbol collectionType && ValueSources.CollectionElements(operation, folding.CancellationToken) is { } collected)
        {
            return FoldElements(collectionType.ElementType.SpecialType, collected, operation.Syntax, depth, folding);
        }

        switch (operation)
        {
            case IConversionOperation conversion:
                return Fold(conversion.Operand, depth + 1, folding);
            case IParenthesizedOperation parenthesized:
                return Fold(parenthesized.Operand, depth + 1, folding);
            case IArrayElementReferenceOperation { Indices.Length: 1 } element
                when element.Indices[0].ConstantValue is { HasValue: true, Value: int index }:
                return Sequence(element.ArrayReference, depth + 1, folding) is { } sequence && index >= 0 && index < sequence.Count ? sequence[index] : null;
            case IFieldReferenceOperation { Field.ContainingType.IsTupleType: true, Instance: { } tuple } element:
                return Composites.Element(tuple, Composites.TupleIndex(element.Field), folding) is { } item ? Fold(item, depth + 1, folding) : null;
            case IPropertyReferenceOperation { Property.Name: "Key" or "Value", Instance: { } pair } part when Composites.IsKeyValuePair(pair.Type):
                return Composites.Element(pair, part.Property.Name == "Key" ? 0 : 1, folding) is { } half ? Fold(half, depth + 1, folding) : null;
            case IFieldReferenceOperation { Field: { Name: "Empty", ContainingType.SpecialType: SpecialType.System_String } }:
                return new FoldedValue(string.Empty, operation.Syntax, ImmutableArray<FoldedPiece>.Empty);
            case IFieldReferenceOperation field:
                return FromDeclaration(field.Field, operation, depth, folding) ?? FromConstant(operation);
            case IPropertyReferenceOperation result when DeferredValues.ContinuesTask(result):
                return Fold(result.Instance, depth + 1, folding);
            case IPropertyReferenceOperation lazy when DeferredValues.ReadsLazyValue(lazy):
                return DeferredValues.ResultOf(lazy.Instance!, folding) is { } factoryResult ? Fold(factoryResult, depth + 1, folding) : null;
            case IPropertyReferenceOperation property when property.Arguments.Length == 0:
                return FromDeclaration(property.Property, operation, depth, folding);
            case ILocalReferenceOperation local:
                return FromLocal(local, depth, folding) ?? FromConstant(operation);
            // A constant concatenation of any length folds at once (the depth limit is for references).
            case IBinaryOperation { ConstantValue: { HasValue: true, Value: string text } }:
                return new FoldedValue(text, operation.Syntax, ConstantPieces(operation, folding));
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } binary when binary.Type?.SpecialType == SpecialType.System_String:
                return Join(operation, depth, folding, binary.LeftOperand, binary.RightOperand);
            case IInterpolatedStringOperation interpolated:
                return FoldInterpolation(interpolated, depth, folding);
            case IInvocationOperation invocation:
                return FoldInvocation(invocation, depth, folding);
            case IArrayCreationOperation array:
                return FoldArray(array, depth, folding);
            case IArrayInitializerOperation { Parent: IArrayCreationOperation array }:
                return FoldArray(array, depth, folding);
            case IObjectCreationOperation { Type.SpecialType: SpecialType.System_String } creation when creation.Arguments.Length == 1:
                return Fold(creation.Arguments[0].Value, depth + 1, folding) is { } chars ? new FoldedValue(chars.Text, Enclosing(operation.Syntax, chars.Origin), chars.Pieces) : null;
            case IUtf8StringOperation utf8:
                return new FoldedValue(utf8.Value, operation.Syntax);
            case IAwaitOperation awaited:
                return Fold(awaited.Operation, depth + 1, folding);
        }

        return FromConstant(operation);
    }

    // An encoding of a value written elsewhere (a local, a field) is reported where the value is written;
    // one written inside the encoding expression is reported on the whole expression.
    private static SyntaxNode Enclosing(SyntaxNode encoding, SyntaxNode inner) =>
        inner.SyntaxTree == encoding.SyntaxTree && encoding.Span.Contains(inner.Span) ? encoding : inner;

    // The literals a constant expression is made of, each with where it is written (a constant's own declaration),
    // for the "a piece shows it by itself" rule and for reporting a secret where its piece is written.
    private static ImmutableArray<FoldedPiece> ConstantPieces(IOperation operation, Folding folding) =>
        operation.DescendantsAndSelf()
            .Where(o => o is ILiteralOperation or IFieldReferenceOperation or ILocalReferenceOperation && o.ConstantValue.HasValue && o.ConstantValue.Value is string)
            .Select(o => new FoldedPiece((string)o.ConstantValue.Value!, PieceOrigin(o, folding)))
            .ToImmutableArray();

    private static SyntaxNode PieceOrigin(IOperation piece, Folding folding) => piece switch
    {
        IFieldReferenceOperation field => ValueSources.DeclarationValue(field.Field, piece, folding.CancellationToken).Syntax ?? piece.Syntax,
        ILocalReferenceOperation { Local.DeclaringSyntaxReferences.Length: 1 } local =>
            (local.Local.DeclaringSyntaxReferences[0].GetSyntax(folding.CancellationToken) as VariableDeclaratorSyntax)?.Initializer?.Value ?? piece.Syntax,
        _ => piece.Syntax,
    };

    private static FoldedValue? FromConstant(IOperation operation) => operation.ConstantValue switch
    {
        { HasValue: true, Value: string text } => new FoldedValue(text, operation.Syntax),
        { HasValue: true, Value: char c } => new FoldedValue(c.ToString(), operation.Syntax),
        _ => null,
    };

    private static FoldedValue? Join(IOperation whole, int depth, Folding folding, params IOperation[] parts)
    {
        var builder = new StringBuilder();
        var pieces = ImmutableArray.CreateBuilder<FoldedPiece>();
        foreach (IOperation part in parts)
        {
            if (Fold(part, depth + 1, folding) is not { } value)
            {
                return null;
            }

            builder.Append(value.Text);
            pieces.AddRange(value.Pieces);
        }

        return new FoldedValue(builder.ToString(), whole.Syntax, pieces.ToImmutable());
    }

    private static FoldedValue? FoldInterpolation(IInterpolatedStringOperation interpolated, int depth, Folding folding)
    {
        var builder = new StringBuilder();
        var pieces = ImmutableArray.CreateBuilder<FoldedPiece>();
        foreach (IInterpolatedStringContentOperation part in interpolated.Parts)
        {
            switch (part)
            {
                case IInterpolatedStringTextOperation text when Fold(text.Text, depth + 1, folding) is { } literal:
                    builder.Append(literal.Text);
                    pieces.AddRange(literal.Pieces);
                    break;
                case IInterpolationOperation { Alignment: null, FormatString: null } hole when Fold(hole.Expression, depth + 1, folding) is { } value:
                    builder.Append(value.Text);
                    pieces.AddRange(value.Pieces);
                    break;
                default:
                    return null;
            }
        }

        return new FoldedValue(builder.ToString(), interpolated.Syntax, pieces.ToImmutable());
    }

    private static FoldedValue? FoldInvocation(IInvocationOperation invocation, int depth, Folding folding)
    {
        IMethodSymbol method = invocation.TargetMethod;
        string? type = FoldableContainer(method.ContainingType);
        switch (type, method.Name)
        {
            case ("string", "Format") when method.Parameters.Length > 0:
                return FoldFormat(invocation, depth, folding);
            case ("string", "Concat"):
                return Join(invocation, depth, folding, ExpandParams(invocation).ToArray());
            case ("string", "ToCharArray") or ("string", "AsSpan") or ("string", "ToString") or ("string", "Trim"):
                return invocation.Arguments.Length == 0 && Fold(invocation.Instance, depth + 1, folding) is { } self
                    ? new FoldedValue(method.Name == "Trim" ? self.Text.Trim() : self.Text, self.Origin, self.Pieces)
                    : null;
            case ("System.Text.Encoding", "GetString") when invocation.Arguments.Length == 1:
            case ("System.Text.Encoding", "GetBytes") when invocation.Arguments.Length == 1:
                return Fold(invocation.Arguments[0].Value, depth + 1, folding);
            case ("System.Convert", "ToBase64String") when invocation.Arguments.Length == 1:
                return Fold(invocation.Arguments[0].Value, depth + 1, folding) is { } bytes
                    ? new FoldedValue(Convert.ToBase64String(Encoding.UTF8.GetBytes(bytes.Text)), Enclosing(invocation.Syntax, bytes.Origin), bytes.Pieces)
                    : null;
            case ("System.Convert", "FromBase64String") when invocation.Arguments.Length == 1:
                return Fold(invocation.Arguments[0].Value, depth + 1, folding) is { } encoded && DecodeBase64(encoded.Text) is { } decoded
                    ? new FoldedValue(decoded, Enclosing(invocation.Syntax, encoded.Origin))
                    : null;
            case ("System.Threading.Tasks.Task", "FromResult") or ("System.Threading.Tasks.ValueTask", "FromResult") when invocation.Arguments.Length == 1:
                return Fold(invocation.Arguments[0].Value, depth + 1, folding);
            case ("System.ReadOnlySpan<byte>", "ToArray") or ("System.Span<byte>", "ToArray") or ("System.ReadOnlySpan<char>", "ToString") or ("System.Span<char>", "ToString"):
                return Fold(invocation.Instance, depth + 1, folding);
            case ("string", "Join") when invocation.Arguments.Length == 2:
                return FoldJoin(invocation, depth, folding);
            case (_, "ToString") when TextBuilders.Continues(invocation):
                return TextBuilders.Parts(invocation.Instance, invocation) is { } parts ? Join(invocation, depth, folding, parts.ToArray()) : null;
            case (_, "ConfigureAwait") when DeferredValues.ContinuesTask(invocation):
                return Fold(invocation.Instance, depth + 1, folding);
            case ("string", "Substring") when invocation.Arguments.Length is 1 or 2:
                return FoldSubstring(invocation, depth, folding);
            case (_, _) when DeferredValues.Invokes(invocation):
                return DeferredValues.ResultOf(invocation.Instance!, folding) is { } result ? Fold(result, depth + 1, folding) : null;
            case (_, _) when invocation.Arguments.Length == 0 && invocation.Instance is null or IInstanceReferenceOperation && ValueSources.ReturnedValue(invocation, folding.CancellationToken) is { } returned:
                return Fold(returned, depth + 1, folding);
        }

        return null;
    }

    // The types whose methods fold, named as C# writes them; null for any other (checked by name: this runs on
    // every invocation a secret might flow through).
    private static string? FoldableContainer(INamedTypeSymbol? type) => type switch
    {
        null => null,
        { SpecialType: SpecialType.System_String } => "string",
        _ when SymbolNames.IsType(type, "System.Text", "Encoding") => "System.Text.Encoding",
        _ when SymbolNames.IsType(type, "System", "Convert") => "System.Convert",
        _ when SymbolNames.IsType(type, "System.Threading.Tasks", "Task") => "System.Threading.Tasks.Task",
        _ when SymbolNames.IsType(type, "System.Threading.Tasks", "ValueTask") => "System.Threading.Tasks.ValueTask",
        { Name: "ReadOnlySpan" or "Span", TypeArguments.Length: 1 } when SymbolNames.IsType(type, "System", type.Name) =>
            type.TypeArguments[0].SpecialType switch
            {
                SpecialType.System_Byte => $"System.{type.Name}<byte>",
                SpecialType.System_Char => $"System.{type.Name}<char>",
                _ => null,
            },
        _ => null,
    };

    private static FoldedValue? FoldJoin(IInvocationOperation invocation, int depth, Folding folding)
    {
        if (Fold(invocation.Arguments[0].Value, depth + 1, folding) is not { } separator
            || Sequence(invocation.Arguments[1].Value, depth + 1, folding) is not { } values)
        {
            return null;
        }

        var pieces = ImmutableArray.CreateBuilder<FoldedPiece>();
        foreach (FoldedValue value in values)
        {
            pieces.AddRange(value.Pieces);
        }

        return new FoldedValue(string.Join(separator.Text, values.Select(v => v.Text)), invocation.Syntax, pieces.ToImmutable());
    }

    private static IEnumerable<IOperation> ExpandParams(IInvocationOperation invocation)
    {
        foreach (IArgumentOperation argument in invocation.Arguments)
        {
            if (argument.ArgumentKind == ArgumentKind.ParamArray && argument.Value is IArrayCreationOperation { Initializer: { } initializer })
            {
                foreach (IOperation element in initializer.ElementValues)
                {
                    yield return element;
                }
            }
            else
            {
                yield return argument.Value;
            }
        }
    }

    // string.Format with a constant format and constant arguments, formatted for real; an invalid format
    // string throws at run time, so it is no value here either. IFormatProvider overloads are left alone.
    private static FoldedValue? FoldFormat(IInvocationOperation invocation, int depth, Folding folding)
    {
        // The IFormatProvider overloads format strings the same way whatever the culture.
        List<IOperation> parts = ExpandParams(invocation)
            .Where(p => p.Type?.Name != nameof(IFormatProvider) && !(p is IConversionOperation { Operand.Type.Name: nameof(CultureInfo) }))
            .ToList();
        var values = new List<object>();
        var pieces = ImmutableArray.CreateBuilder<FoldedPiece>();
        foreach (IOperation part in parts)
        {
            if (Fold(part, depth + 1, folding) is not { } value)
            {
                return null;
            }

            values.Add(value.Text);
            pieces.AddRange(value.Pieces);
        }

        if (values.Count == 0)
        {
            return null;
        }

        try
        {
            string formatted = string.Format(CultureInfo.InvariantCulture, (string)values[0], values.Skip(1).ToArray());
            return new FoldedValue(formatted, invocation.Syntax, pieces.ToImmutable());
        }
        catch (FormatException)
        {
            return null;
        }
    }

    // new[] { 'a', 'b' }, new char[] { … }, ['a', 'b'], new byte[] { 0x61, … } (as UTF-8 text).
    private static FoldedValue? FoldArray(IArrayCreationOperation array, int depth, Folding folding) =>
        array.Initializer is null || array.Type is not IArrayTypeSymbol arrayType
            ? null
            : FoldElements(arrayType.ElementType.SpecialType, array.Initializer.ElementValues, array.Syntax, depth, folding);

    private static FoldedValue? FoldElements(SpecialType element, IEnumerable<IOperation> values, SyntaxNode syntax, int depth, Folding folding)
    {
        if (element == SpecialType.System_Char)
        {
            var builder = new StringBuilder();
            foreach (IOperation value in values)
            {
                if (Fold(value, depth + 1, folding) is not { } c)
                {
                    return null;
                }

                builder.Append(c.Text);
            }

            return new FoldedValue(builder.ToString(), syntax);
        }

        if (element == SpecialType.System_Byte)
        {
            var bytes = new List<byte>();
            foreach (IOperation value in values)
            {
                // Elements read from syntax (collection expressions) are not converted yet: 300 or "x" may be here.
                if (!value.ConstantValue.HasValue || value.ConstantValue.Value is not (byte or sbyte or short or ushort or int or uint or long or ulong or char) || !TryByte(value.ConstantValue.Value, out byte b))
                {
                    return null;
                }

                bytes.Add(b);
            }

            try
            {
                return new FoldedValue(StrictUtf8.GetString(bytes.ToArray()), syntax);
            }
            catch (ArgumentException)
            {
                return null;
            }
        }

        return null;
    }

    // text.Substring(start[, length]) with positions known at compile time: the id or the secret of a decoded pair.
    private static FoldedValue? FoldSubstring(IInvocationOperation invocation, int depth, Folding folding)
    {
        if (Fold(invocation.Instance, depth + 1, folding) is not { } whole
            || Number(invocation.Arguments[0].Value, depth + 1, folding) is not { } start)
        {
            return null;
        }

        int? length = invocation.Arguments.Length == 2 ? Number(invocation.Arguments[1].Value, depth + 1, folding) : whole.Text.Length - start;
        return length is { } count && start >= 0 && count >= 0 && start <= whole.Text.Length && count <= whole.Text.Length - start
            ? new FoldedValue(whole.Text.Substring(start, count), Enclosing(invocation.Syntax, whole.Origin))
            : null;
    }

    // A whole number known at compile time, as text positions are computed: literals, + and -, locals, Length and
    // IndexOf / LastIndexOf of text that folds.
    private static int? Number(IOperation? operation, int depth, Folding folding)
    {
        if (operation is null || depth > MaxDepth)
        {
            return null;
        }

        if (operation.ConstantValue is { HasValue: true, Value: int constant })
        {
            return constant;
        }

        switch (operation)
        {
            case IConversionOperation conversion:
                return Number(conversion.Operand, depth + 1, folding);
            case IParenthesizedOperation parenthesized:
                return Number(parenthesized.Operand, depth + 1, folding);
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.Add or BinaryOperatorKind.Subtract } binary
                when Number(binary.LeftOperand, depth + 1, folding) is { } left && Number(binary.RightOperand, depth + 1, folding) is { } right:
                long result = binary.OperatorKind == BinaryOperatorKind.Add ? (long)left + right : (long)left - right;
                return result is >= int.MinValue and <= int.MaxValue ? (int)result : null;
            case ILocalReferenceOperation local:
                return Number(folding.BoundValue(local) ?? ValueSources.LocalValue(local), depth + 1, folding);
            case IPropertyReferenceOperation { Property.Name: "Length", Instance: { } text } when text.Type?.SpecialType == SpecialType.System_String:
                return Fold(text, depth + 1, folding)?.Text.Length;
            case IInvocationOperation { TargetMethod: { Name: "IndexOf" or "LastIndexOf", ContainingType.SpecialType: SpecialType.System_String }, Arguments.Length: 1 } search
                when Fold(search.Instance, depth + 1, folding) is { } text && Fold(search.Arguments[0].Value, depth + 1, folding) is { } sought:
                return search.TargetMethod.Name == "IndexOf"
                    ? text.Text.IndexOf(sought.Text, StringComparison.Ordinal)
                    : text.Text.LastIndexOf(sought.Text, StringComparison.Ordinal);
            default:
                return null;
        }
    }

    // Base64 of UTF-8 text (a secret kept encoded so that it does not show), or null.
    private static string? DecodeBase64(string encoded)
    {
        try
        {
            return StrictUtf8.GetString(Convert.FromBase64String(encoded));
        }
        catch (FormatException)
        {
            return null;
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static bool TryByte(object constant, out byte value)
    {
        // ulong beyond long's range is no byte either (and must not throw on half-typed code).
        if (constant is ulong large)
        {
            value = (byte)large;
            return large <= 255;
        }

        long number = constant is char c ? c : Convert.ToInt64(constant, CultureInfo.InvariantCulture);
        value = (byte)number;
        return number is >= 0 and <= 255;
    }

    /// <summary>
    /// The constant strings of a string array or collection (a literal array, a collection expression, or a
    /// local or field holding one), for <c>string.Join</c> and for names like <c>AppCertificates</c>.
    /// </summary>
    public static IReadOnlyList<FoldedValue>? Sequence(IOperation? operation, CancellationToken cancellationToken) =>
        Sequence(operation, 0, Folding.Plain(cancellationToken));

    private static IReadOnlyList<FoldedValue>? Sequence(IOperation? operation, int depth, Folding folding)
    {
        if (operation is null || depth > MaxDepth)
        {
            return null;
        }

        if (ValueSources.CollectionElements(operation, folding.CancellationToken) is { } collected)
        {
            return FoldAll(collected, depth, folding);
        }

        return operation switch
        {
            IConversionOperation conversion => Sequence(conversion.Operand, depth + 1, folding),
            IArrayCreationOperation { Initializer: { } initializer } => FoldAll(initializer.ElementValues, depth, folding),
            // string[] x = { … }: the declaration's initializer is read as the array initializer itself.
            IArrayInitializerOperation initializer => FoldAll(initializer.ElementValues, depth, folding),
            _ => ValueSources.ValueOf(operation, folding.CancellationToken) is { } value ? Sequence(value, depth + 1, folding) : null,
        };
    }

    private static List<FoldedValue>? FoldAll(IEnumerable<IOperation> elements, int depth, Folding folding)
    {
        var values = new List<FoldedValue>();
        foreach (IOperation element in elements)
        {
            if (Fold(element, depth + 1, folding) is not { } value)
            {
                return null;
            }

            values.Add(value);
        }

        return values;
    }

    // A local with exactly one write: its initializer, or a single plain assignment when it has none.
    private static FoldedValue? FromLocal(ILocalReferenceOperation reference, int depth, Folding folding) =>
        ValueSources.LocalValue(reference) is { } written ? Fold(written, depth + 1, folding) : null;

    // A const or static readonly field, or a get-only property, whose declaration gives its value.
    private static FoldedValue? FromDeclaration(ISymbol symbol, IOperation reference, int depth, Folding folding)
    {
        (IOperation? operation, ExpressionSyntax? syntax) = ValueSources.DeclarationValue(symbol, reference, folding.CancellationToken);
        if (operation is not null)
        {
            return Fold(operation, depth + 1, folding);
        }

        return syntax is not null && ValueSources.TextOfSyntax(syntax) is { } text ? new FoldedValue(text, syntax) : null;
    }
}
