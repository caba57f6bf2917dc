using Microsoft.CodeAnalysis;

namespace Agora.Generators.Parsing;

/// <summary>How types are written in generated code: fully qualified, keywords escaped, nullability kept.</summary>
internal static class TypeText
{
    public static readonly SymbolDisplayFormat Format = SymbolDisplayFormat.FullyQualifiedFormat
        .AddMiscellaneousOptions(SymbolDisplayMiscellaneousOptions.IncludeNullableReferenceTypeModifier);

    public static string Of(ITypeSymbol type) => type.ToDisplayString(Format);
}
