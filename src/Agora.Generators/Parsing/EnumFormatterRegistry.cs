using System.Collections.Generic;
using System.Linq;
using Agora.Generators.Helpers;
using Agora.Generators.Model;
using Microsoft.CodeAnalysis;

namespace Agora.Generators.Parsing;

/// <summary>
/// Collects the enums a client formats, each with a generated method that maps values to their JSON names
/// (<c>[JsonStringEnumMemberName]</c> when present, else the member name) without reflection.
/// </summary>
internal sealed class EnumFormatterRegistry
{
    private readonly Dictionary<string, EnumFormatterSpec> _byType = new();
    private readonly HashSet<string> _methodNames = new();
    private readonly List<EnumFormatterSpec> _ordered = new();
    private readonly KnownTypes _known;

    public EnumFormatterRegistry(KnownTypes known)
    {
        _known = known;
    }

    public EquatableArray<EnumFormatterSpec> ToEquatableArray() => _ordered.ToEquatableArray();

    /// <summary>Returns the name of the formatter method for <paramref name="enumType"/>, creating it on first use.</summary>
    public string GetOrAdd(INamedTypeSymbol enumType)
    {
        string typeText = enumType.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat);
        if (_byType.TryGetValue(typeText, out EnumFormatterSpec? existing))
        {
            return existing.MethodName;
        }

        string baseName = "__AgoraFormat" + enumType.Name;
        string methodName = baseName;
        for (int suffix = 2; !_methodNames.Add(methodName); suffix++)
        {
            methodName = baseName + suffix;
        }

        var seenValues = new HashSet<object>();
        var members = new List<EnumMemberSpec>();
        foreach (IFieldSymbol field in enumType.GetMembers().OfType<IFieldSymbol>())
        {
            // Aliases share a value; the first declared name wins, and a repeated case label would not compile.
            if (!field.HasConstantValue || field.ConstantValue is null || !seenValues.Add(field.ConstantValue))
            {
                continue;
            }

            members.Add(new EnumMemberSpec(typeText + "." + CSharpText.Identifier(field.Name), JsonName(field)));
        }

        var spec = new EnumFormatterSpec(methodName, typeText, members.ToEquatableArray());
        _byType.Add(typeText, spec);
        _ordered.Add(spec);
        return methodName;
    }

    private string JsonName(IFieldSymbol field)
    {
        foreach (AttributeData attribute in field.GetAttributes())
        {
            if (KnownTypes.Is(attribute.AttributeClass, _known.JsonStringEnumMemberName)
                && attribute.ConstructorArguments.Length == 1
                && attribute.ConstructorArguments[0].Value is string name)
            {
                return name;
            }
        }

        return field.Name;
    }
}
