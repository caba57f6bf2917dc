using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Agora.Analyzers.Security.Secrets;

/// <summary>
/// What a writable field or auto-property is given, besides its initializer, anywhere in the compilation. Unity and
/// Xamarin settings classes write <c>public static string AppCertificate = "…";</c> and never change it, which makes it
/// as constant as a readonly field; test set-ups write <c>_options.LoginSecret = "…";</c> once into a property that
/// starts empty, which makes that the value the property holds when it is used. Found from the identifiers named like
/// the member (<see cref="IdentifierIndex"/>) that stand where a value is written, bound only then; remembered per
/// compilation.
/// </summary>
internal sealed class MemberWrites
{
    private static readonly ConditionalWeakTable<Compilation, ConcurrentDictionary<ISymbol, MemberWrites>> Cache = new();

    private static readonly MemberWrites Unknown = new(new List<ExpressionSyntax>(), unknown: true);

    private readonly List<ExpressionSyntax> _values;
    private readonly bool _unknown;

    private MemberWrites(List<ExpressionSyntax> values, bool unknown)
    {
        _values = values;
        _unknown = unknown;
    }

    /// <summary>Nothing writes the member: it keeps its initializer.</summary>
    public bool None => !_unknown && _values.Count == 0;

    /// <summary>
    /// The one value the member is ever given that is not empty, counting its initializer (<paramref name="initializer"/>)
    /// with the assignments; null when there are several, none, or a write whose value is not an expression (<c>ref</c>,
    /// <c>out</c>, <c>+=</c>, <c>++</c>, a deconstruction).
    /// </summary>
    public ExpressionSyntax? SoleValue(ExpressionSyntax? initializer)
    {
        if (_unknown)
        {
            return null;
        }

        ExpressionSyntax[] given = _values.Concat(initializer is null ? Enumerable.Empty<ExpressionSyntax>() : new[] { initializer })
            .Where(value => !IsEmpty(value))
            .ToArray();
        return given.Length == 1 ? given[0] : null;
    }

    public static MemberWrites Of(ISymbol member, Compilation compilation, CancellationToken cancellationToken)
    {
        ConcurrentDictionary<ISymbol, MemberWrites> known = Cache.GetValue(compilation, _ => new ConcurrentDictionary<ISymbol, MemberWrites>(SymbolEqualityComparer.Default));
        return known.GetOrAdd(member.OriginalDefinition, m => Find(m, compilation, cancellationToken));
    }

    private static MemberWrites Find(ISymbol member, Compilation compilation, CancellationToken cancellationToken)
    {
        var values = new List<ExpressionSyntax>();
        foreach (SyntaxTree tree in SymbolUses.TreesThatCanSee(member, compilation))
        {
            foreach (IdentifierNameSyntax name in IdentifierIndex.Named(tree, member.Name, cancellationToken))
            {
                Write write = WriteAt(name, out ExpressionSyntax? value);
                if (write == Write.None)
                {
                    continue;
                }

                ISymbol? bound = SemanticModels.For(compilation, tree)?.GetSymbolInfo(name, cancellationToken).Symbol;
                if (bound is null)
                {
                    return Unknown; // half-typed code: keeping quiet is the safe side
                }

                if (!SymbolEqualityComparer.Default.Equals(bound.OriginalDefinition, member))
                {
                    continue;
                }

                if (write == Write.OtherThanValue)
                {
                    return Unknown;
                }

                values.Add(value!);
            }
        }

        return new MemberWrites(values, unknown: false);
    }

    private enum Write
    {
        None,
        Value,
        OtherThanValue,
    }

    // X = v, A.X = v, new T { X = v }, with { X = v }; X += v, X++, ref X, out X, (X, y) = … write something else.
    private static Write WriteAt(IdentifierNameSyntax name, out ExpressionSyntax? value)
    {
        value = null;
        ExpressionSyntax target = name.Parent is MemberAccessExpressionSyntax access && access.Name == name ? access : name;
        while (target.Parent is ParenthesizedExpressionSyntax parenthesized)
        {
            target = parenthesized;
        }

        switch (target.Parent)
        {
            case AssignmentExpressionSyntax assignment when assignment.Left == target:
                if (assignment.IsKind(SyntaxKind.SimpleAssignmentExpression))
                {
                    value = assignment.Right;
                    return Write.Value;
                }

                return Write.OtherThanValue;
            case PrefixUnaryExpressionSyntax prefix when prefix.IsKind(SyntaxKind.PreIncrementExpression) || prefix.IsKind(SyntaxKind.PreDecrementExpression):
            case PostfixUnaryExpressionSyntax postfix when postfix.IsKind(SyntaxKind.PostIncrementExpression) || postfix.IsKind(SyntaxKind.PostDecrementExpression):
            case ArgumentSyntax argument when argument.RefKindKeyword.IsKind(SyntaxKind.RefKeyword) || argument.RefKindKeyword.IsKind(SyntaxKind.OutKeyword):
                return Write.OtherThanValue;
            case ArgumentSyntax { Parent: TupleExpressionSyntax tuple }
                when tuple.Ancestors().OfType<AssignmentExpressionSyntax>().FirstOrDefault() is { } deconstruction && deconstruction.Left.Span.Contains(tuple.Span):
                return Write.OtherThanValue;
            default:
                return Write.None;
        }
    }

    // "", null, default, string.Empty: what a member starts with before it is given its value.
    private static bool IsEmpty(ExpressionSyntax value) => value switch
    {
        LiteralExpressionSyntax literal => literal.IsKind(SyntaxKind.NullLiteralExpression) || literal.IsKind(SyntaxKind.DefaultLiteralExpression)
            || literal.IsKind(SyntaxKind.StringLiteralExpression) && literal.Token.ValueText.Length == 0,
        DefaultExpressionSyntax => true,
        MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Empty", Expression: PredefinedTypeSyntax or IdentifierNameSyntax { Identifier.ValueText: "String" } } => true,
        PostfixUnaryExpressionSyntax suppressed when suppressed.IsKind(SyntaxKind.SuppressNullableWarningExpression) => IsEmpty(suppressed.Operand),
        _ => false,
    };
}
