using System.Linq;
using Microsoft.CodeAnalysis;

namespace Agora.Generators.Parsing;

/// <summary>How types are written in generated code: fully qualified, keywords escaped, nullability kept.</summary>
internal static class TypeText
{
    public static readonly SymbolDisplayFormat Format = SymbolDisplayFormat.FullyQualifiedFormat
        .AddMiscellaneousOptions(SymbolDisplayMiscellaneousOptions.IncludeNullableReferenceTypeModifier);

    public static string Of(ITypeSymbol type) => type.ToDisplayString(Format);

    // What C# compares when one method implements or hides another: no nullability, no tuple element names.
    private static readonly SymbolDisplayFormat SignatureFormat = SymbolDisplayFormat.FullyQualifiedFormat
        .AddMiscellaneousOptions(SymbolDisplayMiscellaneousOptions.ExpandValueTuple);

    /// <summary>A key equal for two methods exactly when C# sees the same signature.</summary>
    public static string Signature(IMethodSymbol method) =>
        method.Name + "`" + method.Arity + "(" +
        string.Join(",", method.Parameters.Select(p => (p.RefKind == RefKind.None ? string.Empty : "ref ") + p.Type.ToDisplayString(SignatureFormat))) + ")";

    /// <summary>
    /// The constraint clauses an explicit implementation must repeat: C# reads <c>T?</c> there as
    /// <c>Nullable&lt;T&gt;</c> unless it says <c>where T : class</c> or <c>where T : default</c>. Only
    /// clauses that are needed are written, since C# 7.3 allows none.
    /// </summary>
    public static string ExplicitImplementationConstraints(IMethodSymbol method)
    {
        var clauses = new System.Text.StringBuilder();
        foreach (ITypeParameterSymbol typeParameter in method.TypeParameters)
        {
            if (typeParameter.HasValueTypeConstraint || !AppearsAnnotated(typeParameter, method))
            {
                continue;
            }

            string constraint = typeParameter.HasReferenceTypeConstraint ? "class" : "default";
            clauses.Append(" where ").Append(Helpers.CSharpText.Identifier(typeParameter.Name)).Append(" : ").Append(constraint);
        }

        return clauses.ToString();
    }

    private static bool AppearsAnnotated(ITypeParameterSymbol typeParameter, IMethodSymbol method) =>
        ContainsAnnotated(method.ReturnType, typeParameter) || method.Parameters.Any(p => ContainsAnnotated(p.Type, typeParameter));

    private static bool ContainsAnnotated(ITypeSymbol type, ITypeParameterSymbol typeParameter) => type switch
    {
        ITypeParameterSymbol candidate => SymbolEqualityComparer.Default.Equals(candidate, typeParameter) && candidate.NullableAnnotation == NullableAnnotation.Annotated,
        IArrayTypeSymbol array => ContainsAnnotated(array.ElementType, typeParameter),
        IPointerTypeSymbol pointer => ContainsAnnotated(pointer.PointedAtType, typeParameter),
        INamedTypeSymbol named => named.TypeArguments.Any(argument => ContainsAnnotated(argument, typeParameter)),
        _ => false,
    };
}
