using Agora.Generators.Helpers;
using Agora.Generators.Model;

namespace Agora.Generators.Emitting;

/// <summary>The C# expression that formats one value as text, per <see cref="ValueFormatSpec"/>.</summary>
internal static class ValueText
{
    private const string Invariant = "global::System.Globalization.CultureInfo.InvariantCulture";

    /// <summary>Formats a value that is known not to be null (a nullable value type is already unwrapped).</summary>
    /// <param name="self">The client's fully qualified name, which owns the enum formatters.</param>
    public static string Format(string self, ValueFormatSpec format, string value) => format.Kind switch
    {
        ValueFormatKind.String => value,
        ValueFormatKind.Boolean => $"({value} ? \"true\" : \"false\")",
        ValueFormatKind.Char => $"{value}.ToString()",
        ValueFormatKind.Enum => $"{self}.{format.EnumFormatter}({value})",
        ValueFormatKind.FormattableInterface => $"((global::System.IFormattable){value}).ToString(null, {Invariant})",
        _ => format.FormatString is null
            ? $"{value}.ToString({Invariant})"
            : $"{value}.ToString({CSharpText.Literal(format.FormatString)}, {Invariant})",
    };

    /// <summary>An expression that is the formatted text, or <see langword="null"/> when the value is null.</summary>
    public static string FormatOrNull(string self, ValueFormatSpec format, string value, bool isNullableValueType, bool isReferenceType)
    {
        if (isNullableValueType)
        {
            return $"({value}.HasValue ? {Format(self, format, value + ".GetValueOrDefault()")} : null)";
        }

        if (isReferenceType && format.Kind != ValueFormatKind.String)
        {
            return $"({value} is null ? null : {Format(self, format, value)})";
        }

        return Format(self, format, value);
    }
}
