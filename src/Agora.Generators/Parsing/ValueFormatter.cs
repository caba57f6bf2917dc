using System.Linq;
using Agora.Generators.Model;
using Microsoft.CodeAnalysis;

namespace Agora.Generators.Parsing;

/// <summary>Decides how a route, query or header value of a given type becomes text.</summary>
internal static class ValueFormatter
{
    public static ValueFormatSpec? Classify(
        ITypeSymbol type, KnownTypes known, EnumFormatterRegistry? enums, bool allowCollection, out string? reason)
    {
        reason = null;
        if (type.SpecialType == SpecialType.System_String)
        {
            return new ValueFormatSpec(ValueFormatKind.String, null, false, true, false, false, false, null);
        }

        ITypeSymbol? item = allowCollection ? CollectionItem(type, known) : null;
        if (item is not null)
        {
            ScalarFormat? itemFormat = ClassifyScalar(Unwrap(item, out bool itemIsNullable), known, enums);
            if (itemFormat is null)
            {
                reason = Unsupported(item);
                return null;
            }

            return new ValueFormatSpec(itemFormat.Value.Kind, itemFormat.Value.Format, IsNullableValueType(type), !type.IsValueType, true, itemIsNullable, !item.IsValueType, itemFormat.Value.EnumFormatter, HasIsDefault(type));
        }

        ScalarFormat? format = ClassifyScalar(Unwrap(type, out bool isNullable), known, enums);
        if (format is null)
        {
            reason = Unsupported(type);
            return null;
        }

        return new ValueFormatSpec(format.Value.Kind, format.Value.Format, isNullable, !type.IsValueType, false, false, false, format.Value.EnumFormatter);
    }

    private readonly struct ScalarFormat
    {
        public ScalarFormat(ValueFormatKind kind, string? format = null, string? enumFormatter = null)
        {
            Kind = kind;
            Format = format;
            EnumFormatter = enumFormatter;
        }

        public ValueFormatKind Kind { get; }

        public string? Format { get; }

        public string? EnumFormatter { get; }
    }

    // Without a registry (diagnostics only) an enum is classified but gets no formatter method.
    private static ScalarFormat? ClassifyScalar(ITypeSymbol type, KnownTypes known, EnumFormatterRegistry? enums)
    {
        switch (type.SpecialType)
        {
            case SpecialType.System_String:
                return new ScalarFormat(ValueFormatKind.String);
            case SpecialType.System_Boolean:
                return new ScalarFormat(ValueFormatKind.Boolean);
            case SpecialType.System_Char:
                return new ScalarFormat(ValueFormatKind.Char);
            case SpecialType.System_SByte:
            case SpecialType.System_Byte:
            case SpecialType.System_Int16:
            case SpecialType.System_UInt16:
            case SpecialType.System_Int32:
            case SpecialType.System_UInt32:
            case SpecialType.System_Int64:
            case SpecialType.System_UInt64:
            case SpecialType.System_Single:
            case SpecialType.System_Double:
            case SpecialType.System_Decimal:
                return new ScalarFormat(ValueFormatKind.Formattable);
            case SpecialType.System_DateTime:
                return new ScalarFormat(ValueFormatKind.Formattable, "O");
        }

        if (type.TypeKind == TypeKind.Enum && type is INamedTypeSymbol enumType)
        {
            return new ScalarFormat(ValueFormatKind.Enum, enumFormatter: enums?.GetOrAdd(enumType));
        }

        if (KnownTypes.Is(type, known.DateTimeOffset) || KnownTypes.Is(type, known.TimeOnly))
        {
            return new ScalarFormat(ValueFormatKind.Formattable, "O");
        }

        if (KnownTypes.Is(type, known.DateOnly))
        {
            return new ScalarFormat(ValueFormatKind.Formattable, "yyyy-MM-dd");
        }

        if (KnownTypes.Is(type, known.TimeSpan))
        {
            return new ScalarFormat(ValueFormatKind.Formattable, "c");
        }

        if (KnownTypes.Is(type, known.Guid))
        {
            return new ScalarFormat(ValueFormatKind.Formattable, "D");
        }

        if (type.TypeKind != TypeKind.TypeParameter && type.TypeKind != TypeKind.Error && known.Formattable is not null)
        {
            foreach (INamedTypeSymbol implemented in type.AllInterfaces)
            {
                if (SymbolEqualityComparer.Default.Equals(implemented, known.Formattable))
                {
                    return new ScalarFormat(ValueFormatKind.FormattableInterface);
                }
            }
        }

        return null;
    }

    // ImmutableArray<T> and look-alikes: their default value throws when enumerated, so it is sent as no items.
    private static bool HasIsDefault(ITypeSymbol type) =>
        type.IsValueType && type.GetMembers("IsDefault").Any(m =>
            m is IPropertySymbol { IsStatic: false, DeclaredAccessibility: Accessibility.Public, Type.SpecialType: SpecialType.System_Boolean, GetMethod: not null });

    private static bool IsNullableValueType(ITypeSymbol type) => type.OriginalDefinition.SpecialType == SpecialType.System_Nullable_T;

    private static ITypeSymbol Unwrap(ITypeSymbol type, out bool isNullableValueType)
    {
        isNullableValueType = type.OriginalDefinition.SpecialType == SpecialType.System_Nullable_T;
        return isNullableValueType ? ((INamedTypeSymbol)type).TypeArguments[0] : type;
    }

    private static ITypeSymbol? CollectionItem(ITypeSymbol type, KnownTypes known)
    {
        if (type is IArrayTypeSymbol { Rank: 1 } array)
        {
            return array.ElementType;
        }

        // Primitives and enums enumerate nothing, and asking for the dozens of interfaces that generic math gives
        // them costs more than the rest of a method's checks.
        if (known.EnumerableOfT is null || type.SpecialType == SpecialType.System_String
            || type.TypeKind == TypeKind.Enum || (type.IsValueType && type.SpecialType != SpecialType.None))
        {
            return null;
        }

        if (type is INamedTypeSymbol named && KnownTypes.Is(named, known.EnumerableOfT))
        {
            return named.TypeArguments[0];
        }

        foreach (INamedTypeSymbol implemented in type.AllInterfaces)
        {
            if (KnownTypes.Is(implemented, known.EnumerableOfT))
            {
                return implemented.TypeArguments[0];
            }
        }

        return null;
    }

    private static string Unsupported(ITypeSymbol type) =>
        $"values of type {type.ToDisplayString(SymbolDisplayFormat.CSharpErrorMessageFormat)} cannot be formatted as text; " +
        "use string, a number, bool, char, an enum, a date or time, Guid, an IFormattable type, or a collection of those";
}
