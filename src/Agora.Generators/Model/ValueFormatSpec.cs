using Agora.Generators.Helpers;

namespace Agora.Generators.Model;

/// <summary>How a route, query or header value is turned into text.</summary>
/// <param name="Kind">The formatting rule.</param>
/// <param name="FormatString">The format passed to <c>ToString</c>, or <see langword="null"/>.</param>
/// <param name="IsNullableValueType">Whether the value is a <c>Nullable&lt;T&gt;</c>.</param>
/// <param name="IsReferenceType">Whether the value may be <see langword="null"/> as a reference.</param>
/// <param name="IsCollection">Whether the value is a collection whose items repeat the key.</param>
/// <param name="ItemIsNullableValueType">For collections, whether items are <c>Nullable&lt;T&gt;</c>.</param>
/// <param name="ItemIsReferenceType">For collections, whether items are references.</param>
/// <param name="EnumFormatter">The generated method that names enum values, for enums.</param>
internal sealed record ValueFormatSpec(
    ValueFormatKind Kind,
    string? FormatString,
    bool IsNullableValueType,
    bool IsReferenceType,
    bool IsCollection,
    bool ItemIsNullableValueType,
    bool ItemIsReferenceType,
    string? EnumFormatter,
    bool CollectionHasIsDefault = false);

internal enum ValueFormatKind
{
    String,
    Boolean,
    Char,
    Formattable,
    FormattableInterface,
    Enum,
}

/// <summary>A generated method that maps an enum's values to their JSON names.</summary>
internal sealed record EnumFormatterSpec(string MethodName, string EnumType, EquatableArray<EnumMemberSpec> Members);

internal sealed record EnumMemberSpec(string MemberAccess, string JsonName);
