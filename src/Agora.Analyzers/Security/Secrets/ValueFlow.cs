using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace Agora.Analyzers.Security.Secrets;

/// <summary>
/// Follows a value from where it is written to where it is used: up through what carries it (conversions,
/// concatenation, interpolation, encodings, arrays, collections, tuples, branches), and from a field, property,
/// local or method that stores or returns it to every use of that symbol, in any file, a bounded number of hops.
/// Every step is inspected as <see cref="SecretFinder"/> would inspect it there; a finding counts when the value it
/// reports is the one being followed (its origin is, or composes, the written expression). So a secret used as a
/// credential in another file is reported from the file that writes it.
/// </summary>
internal sealed class ValueFlow
{
    // Symbols followed from one written value: a constant, the property that returns it, the helper that returns
    // that, the field that stores the helper's result.
    private const int MaxHops = 4;

    private readonly SymbolUses _uses;
    private readonly Func<SyntaxTree, SecretOptions> _options;

    public ValueFlow(Compilation compilation, Func<SyntaxTree, SecretOptions> options)
    {
        _uses = new SymbolUses(compilation);
        _options = options;
    }

    /// <summary>
    /// Whether <paramref name="operation"/> writes a value that could be (part of) a credential, so worth following:
    /// a literal, or the outermost expression that puts constants together (concatenation, interpolation, encodings,
    /// a char or byte array), whose text has 12 characters or more in a credential's alphabet, a letter and a digit,
    /// and is no placeholder. Most literals of a program end here.
    /// </summary>
    public static bool IsWorthFollowing(IOperation operation, CancellationToken cancellationToken)
    {
        string? text = operation switch
        {
            ILiteralOperation { ConstantValue: { HasValue: true, Value: string value } } => value,
            IUtf8StringOperation utf8 => utf8.Value,
            _ when WritesComposedText(operation, cancellationToken) => ConstantText.Fold(operation, cancellationToken)?.Text,
            _ => null,
        };
        return text is { Length: >= 12 and <= 1024 }
            && text.All(c => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '+' or '/' or '=' or '_' or '-' or '.' or ':')
            && text.Any(char.IsDigit) && text.Any(char.IsLetter)
            && !SecretValues.IsPlaceholder(text);
    }

    // Text or bytes put together from constants here, and not composed further by an enclosing expression.
    private static bool WritesComposedText(IOperation operation, CancellationToken cancellationToken)
    {
        bool composes = TextComposition.Composes(operation)
            || (operation is IArrayCreationOperation || operation.Syntax is CollectionExpressionSyntax)
                && operation.Type is IArrayTypeSymbol { ElementType.SpecialType: SpecialType.System_Char or SpecialType.System_Byte };
        return composes && !TextComposition.HasComposingParent(operation, cancellationToken);
    }

    /// <summary>
    /// The value an operation writes that has no operation action of its own: a collection expression (the Roslyn
    /// this analyzer builds against has no operation kind for it) as an initializer, argument, assignment or return.
    /// </summary>
    public static IOperation? CollectionWrittenBy(IOperation operation)
    {
        IOperation? value = operation switch
        {
            ISymbolInitializerOperation initializer => initializer.Value,
            IArgumentOperation argument => argument.Value,
            ISimpleAssignmentOperation assignment => assignment.Value,
            IReturnOperation returned => returned.ReturnedValue,
            _ => null,
        };
        while (value is IConversionOperation conversion)
        {
            value = conversion.Operand;
        }

        return value?.Syntax is CollectionExpressionSyntax ? value : null;
    }

    /// <summary>The findings, anywhere the value written at <paramref name="written"/> flows, that report that value.</summary>
    public void Follow(IOperation written, ISymbol? containingSymbol, Action<SecretFinding> onFound, CancellationToken cancellationToken)
    {
        SyntaxNode writtenSyntax = written.Syntax;
        void OnlyThisValue(SecretFinding finding)
        {
            if (finding.Origin.SyntaxTree == writtenSyntax.SyntaxTree && finding.Origin.Span.Contains(writtenSyntax.Span))
            {
                onFound(finding);
            }
        }

        Climb(written, containingSymbol, new Visit(), OnlyThisValue, cancellationToken);
    }

    // From an expression up through what carries its value, inspecting each step; a value stored in a symbol or
    // returned by a method continues at every use of that symbol.
    private void Climb(IOperation start, ISymbol? containingSymbol, Visit visit, Action<SecretFinding> onFound, CancellationToken cancellationToken)
    {
        IOperation current = start;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            IOperation? parent = current.Parent;
            if (parent is null)
            {
                return;
            }

            Inspect(parent, containingSymbol, onFound, cancellationToken);
            switch (parent)
            {
                case IFieldInitializerOperation fieldInitializer:
                    foreach (IFieldSymbol field in fieldInitializer.InitializedFields)
                    {
                        FollowUses(field, visit, onFound, cancellationToken);
                    }

                    return;
                case IPropertyInitializerOperation propertyInitializer:
                    foreach (IPropertySymbol property in propertyInitializer.InitializedProperties)
                    {
                        FollowUses(property, visit, onFound, cancellationToken);
                    }

                    return;
                case IVariableInitializerOperation { Parent: IVariableDeclaratorOperation declarator }:
                    Inspect(declarator, containingSymbol, onFound, cancellationToken);
                    FollowLocal(declarator.Symbol, declarator, containingSymbol, visit, onFound, cancellationToken);
                    return;
                case ISimpleAssignmentOperation assignment when assignment.Value == current:
                    FollowStore(assignment.Target, containingSymbol, visit, onFound, cancellationToken);
                    return;
                case IReturnOperation { Kind: OperationKind.Return } when containingSymbol is IMethodSymbol method:
                    FollowUses(method.AssociatedSymbol ?? method, visit, onFound, cancellationToken);
                    return;
                case IArgumentOperation { Parent: { } call } when CarriesText(call):
                    current = call;
                    Inspect(call, containingSymbol, onFound, cancellationToken);
                    continue;
                case IArgumentOperation:
                    return;
            }

            if (!Carries(parent))
            {
                return;
            }

            current = parent;
        }
    }

    private void Inspect(IOperation operation, ISymbol? containingSymbol, Action<SecretFinding> onFound, CancellationToken cancellationToken) =>
        SecretFinder.Inspect(operation, containingSymbol, _options(operation.Syntax.SyntaxTree), onFound, cancellationToken);

    // A value assigned to a field or property continues at its uses; to a local, at the local's reads.
    private void FollowStore(IOperation target, ISymbol? containingSymbol, Visit visit, Action<SecretFinding> onFound, CancellationToken cancellationToken)
    {
        switch (target)
        {
            case IFieldReferenceOperation field:
                FollowUses(field.Field, visit, onFound, cancellationToken);
                break;
            case IPropertyReferenceOperation { Arguments.Length: 0 } property:
                FollowUses(property.Property, visit, onFound, cancellationToken);
                break;
            case ILocalReferenceOperation local:
                FollowLocal(local.Local, local, containingSymbol, visit, onFound, cancellationToken);
                break;
        }
    }

    private void FollowUses(ISymbol symbol, Visit visit, Action<SecretFinding> onFound, CancellationToken cancellationToken)
    {
        if (!visit.Enter(symbol))
        {
            return;
        }

        foreach (IOperation use in _uses.Of(symbol, cancellationToken))
        {
            Climb(use, EnclosingSymbol(use), visit, onFound, cancellationToken);
        }

        visit.Leave();
    }

    private void FollowLocal(ILocalSymbol local, IOperation inside, ISymbol? containingSymbol, Visit visit, Action<SecretFinding> onFound, CancellationToken cancellationToken)
    {
        if (!visit.Enter(local))
        {
            return;
        }

        IOperation root = inside;
        while (root.Parent is not null)
        {
            root = root.Parent;
        }

        foreach (ILocalReferenceOperation read in root.Descendants().OfType<ILocalReferenceOperation>())
        {
            if (SymbolEqualityComparer.Default.Equals(read.Local, local) && !ValueSources.IsWrite(read, out _))
            {
                Climb(read, containingSymbol, visit, onFound, cancellationToken);
            }
        }

        visit.Leave();
    }

    private static ISymbol? EnclosingSymbol(IOperation operation) =>
        operation.SemanticModel?.GetEnclosingSymbol(operation.Syntax.SpanStart);

    // Operations that hand their operand's value (or text made from it) to their parent.
    private static bool Carries(IOperation operation) => operation switch
    {
        IConversionOperation or IParenthesizedOperation => true,
        IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } binary => binary.Type?.SpecialType == SpecialType.System_String,
        IInterpolationOperation or IInterpolatedStringTextOperation or IInterpolatedStringOperation => true,
        IArrayInitializerOperation or IArrayCreationOperation or ITupleOperation => true,
        IConditionalOperation or ICoalesceOperation or ISwitchExpressionArmOperation or ISwitchExpressionOperation => true,
        IObjectCreationOperation { Type.SpecialType: SpecialType.System_String } => true,
        IInvocationOperation invocation => CarriesText(invocation),
        // Collection expressions have no operation of their own in the Roslyn this analyzer builds against.
        { Kind: OperationKind.None, Syntax: CollectionExpressionSyntax } => true,
        _ => false,
    };

    // Calls whose result is text (or bytes) made from their arguments: the ones ConstantText folds.
    private static bool CarriesText(IOperation call) =>
        call is IObjectCreationOperation { Type.SpecialType: SpecialType.System_String }
        || call is IInvocationOperation { TargetMethod: { } method }
        && (method.ContainingType?.SpecialType == SpecialType.System_String
            || method is { Name: "GetBytes" or "GetString", ContainingType: { Name: "Encoding", ContainingNamespace.Name: "Text" } }
            || method is { Name: "ToBase64String", ContainingType: { Name: "Convert", ContainingNamespace.Name: "System" } });

    /// <summary>The symbols on the path being followed, so that a cycle or a long chain ends.</summary>
    private sealed class Visit
    {
        private readonly HashSet<ISymbol> _seen = new(SymbolEqualityComparer.Default);
        private int _depth;

        public bool Enter(ISymbol symbol)
        {
            if (_depth >= MaxHops || !_seen.Add(symbol))
            {
                return false;
            }

            _depth++;
            return true;
        }

        public void Leave() => _depth--;
    }
}
