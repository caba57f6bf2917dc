using System;
using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Agora.Generators.Helpers;

/// <summary>Turns values from user code into C# source text that compiles and means the same thing.</summary>
internal static class CSharpText
{
    /// <summary>A string literal with every quote, backslash, line break and control character escaped.</summary>
    public static string Literal(string value) => SymbolDisplay.FormatLiteral(value, quote: true);

    /// <summary>An identifier, prefixed with <c>@</c> when it is a keyword.</summary>
    public static string Identifier(string name) =>
        SyntaxFacts.GetKeywordKind(name) != SyntaxKind.None || SyntaxFacts.GetContextualKeywordKind(name) is SyntaxKind.AwaitKeyword
            ? "@" + name
            : name;

    /// <summary>Text safe to put in a message or a comment: control characters become '?'.</summary>
    public static string Printable(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (char c in text)
        {
            // U+0085, U+2028 and U+2029 end a line in C# too: inside a // comment they would let text escape into code.
            builder.Append(c < ' ' || c == '\u007f' || c == '\u0085' || c == '\u2028' || c == '\u2029' ? '?' : c);
        }

        return builder.ToString();
    }

    /// <summary>
    /// The C# text of a parameter's default value, or <see langword="null"/> when it has none or it cannot be
    /// written (the implementation then declares no default, which still satisfies the interface).
    /// </summary>
    public static string? DefaultValue(IParameterSymbol parameter, string typeText)
    {
        if (DefaultFromSyntax(parameter) is { } fromSyntax)
        {
            return fromSyntax;
        }

        if (!parameter.HasExplicitDefaultValue)
        {
            return null;
        }

        object? value = parameter.ExplicitDefaultValue;
        ITypeSymbol type = parameter.Type;
        if (value is null)
        {
            return NoValueDefault(type);
        }

        ITypeSymbol valueType = type.OriginalDefinition.SpecialType == SpecialType.System_Nullable_T
            ? ((INamedTypeSymbol)type).TypeArguments[0]
            : type;
        if (valueType.TypeKind == TypeKind.Enum)
        {
            string? number = Number(value);
            return number is null ? null : $"({valueType.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat)})({number})";
        }

        return Constant(value);
    }

    private static string? Constant(object value)
    {
        return value switch
        {
            string s => Literal(s),
            char c => SymbolDisplay.FormatLiteral(c, quote: true),
            bool b => b ? "true" : "false",
            float f => Float(f),
            double d => Double(d),
            decimal m => m.ToString(CultureInfo.InvariantCulture) + "M",
            _ => Number(value),
        };
    }

    // The defaults APIs declare ("= default", "= null", "= 0", "= false", "= \"asc\"") read from the syntax: asking
    // the compiler for the value binds the expression, which was a fifth of the generator's run after each edit.
    // Only where the answer is the same: "= default" of a type with constants (int, bool, an enum...) is a value,
    // and a literal that converts ("long id = 0", an enum's 0) is left to the compiler.
    private static string? DefaultFromSyntax(IParameterSymbol parameter)
    {
        if (parameter.DeclaringSyntaxReferences.Length != 1
            || parameter.DeclaringSyntaxReferences[0].GetSyntax() is not ParameterSyntax { Default.Value: LiteralExpressionSyntax literal })
        {
            return null;
        }

        ITypeSymbol type = parameter.Type;
        if (literal.IsKind(SyntaxKind.NullLiteralExpression) || (literal.IsKind(SyntaxKind.DefaultLiteralExpression) && !HasConstants(type)))
        {
            return NoValueDefault(type);
        }

        return literal.Token.Value is { } value && IsExactly(value, type) ? Constant(value) : null;
    }

    private static bool IsExactly(object value, ITypeSymbol type) => (value, type.SpecialType) switch
    {
        (int, SpecialType.System_Int32) or (long, SpecialType.System_Int64) or (uint, SpecialType.System_UInt32)
            or (ulong, SpecialType.System_UInt64) or (bool, SpecialType.System_Boolean) or (string, SpecialType.System_String)
            or (char, SpecialType.System_Char) or (double, SpecialType.System_Double) or (float, SpecialType.System_Single)
            or (decimal, SpecialType.System_Decimal) => true,
        _ => false,
    };

    private static bool HasConstants(ITypeSymbol type) => type.TypeKind == TypeKind.Enum || type.SpecialType is
        SpecialType.System_Boolean or SpecialType.System_Char or SpecialType.System_SByte or SpecialType.System_Byte
        or SpecialType.System_Int16 or SpecialType.System_UInt16 or SpecialType.System_Int32 or SpecialType.System_UInt32
        or SpecialType.System_Int64 or SpecialType.System_UInt64 or SpecialType.System_Single or SpecialType.System_Double
        or SpecialType.System_Decimal or SpecialType.System_IntPtr or SpecialType.System_UIntPtr;

    // A default without a value (null, or default of a type that has no constants).
    private static string NoValueDefault(ITypeSymbol type)
    {
        if (type.OriginalDefinition.SpecialType == SpecialType.System_Nullable_T || type.NullableAnnotation == NullableAnnotation.Annotated)
        {
            return "null";
        }

        // A reference type declared without '?' (nullable disabled there, or a deliberate null default):
        // the generated file enables nullable, where a plain null would warn.
        return type.IsReferenceType || type.TypeKind == TypeKind.TypeParameter ? "null!" : "default";
    }

    private static string? Number(object value) => value switch
    {
        int i => i.ToString(CultureInfo.InvariantCulture),
        long l => l.ToString(CultureInfo.InvariantCulture) + "L",
        uint u => u.ToString(CultureInfo.InvariantCulture) + "U",
        ulong ul => ul.ToString(CultureInfo.InvariantCulture) + "UL",
        short s => s.ToString(CultureInfo.InvariantCulture),
        ushort us => us.ToString(CultureInfo.InvariantCulture),
        byte b => b.ToString(CultureInfo.InvariantCulture),
        sbyte sb => sb.ToString(CultureInfo.InvariantCulture),
        _ => null,
    };

    private static string Float(float value) =>
        float.IsNaN(value) ? "float.NaN"
        : float.IsPositiveInfinity(value) ? "float.PositiveInfinity"
        : float.IsNegativeInfinity(value) ? "float.NegativeInfinity"
        : value.ToString("R", CultureInfo.InvariantCulture) + "F";

    private static string Double(double value) =>
        double.IsNaN(value) ? "double.NaN"
        : double.IsPositiveInfinity(value) ? "double.PositiveInfinity"
        : double.IsNegativeInfinity(value) ? "double.NegativeInfinity"
        : value.ToString("R", CultureInfo.InvariantCulture) + "D";
}
