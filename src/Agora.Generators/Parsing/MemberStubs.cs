using System.Collections.Generic;
using System.Linq;
using Agora.Generators.Helpers;
using Agora.Generators.Model;
using Microsoft.CodeAnalysis;

namespace Agora.Generators.Parsing;

/// <summary>Explicit implementations for interface members that a REST client cannot have.</summary>
internal static class MemberStubs
{
    private static readonly EquatableArray<string> EventAccessors = new[] { "add", "remove" }.ToEquatableArray();

    public static MemberStubSpec ForProperty(IPropertySymbol property, INamedTypeSymbol declaring, string reason)
    {
        string head = property.IsIndexer
            ? $"{TypeText.Of(property.Type)} {TypeText.Of(declaring)}.this[{string.Join(", ", property.Parameters.Select(p => TypeText.Of(p.Type) + " " + CSharpText.Identifier(p.Name)))}]"
            : $"{TypeText.Of(property.Type)} {TypeText.Of(declaring)}.{CSharpText.Identifier(property.Name)}";
        if (property.IsStatic)
        {
            head = "static " + head;
        }

        var accessors = new List<string>();
        if (property.GetMethod is not null)
        {
            accessors.Add("get");
        }

        if (property.SetMethod is not null)
        {
            accessors.Add(property.SetMethod.IsInitOnly ? "init" : "set");
        }

        return new MemberStubSpec(head, accessors.ToEquatableArray(), reason);
    }

    public static MemberStubSpec ForEvent(IEventSymbol @event, INamedTypeSymbol declaring, string reason)
    {
        string head = $"event {TypeText.Of(@event.Type)} {TypeText.Of(declaring)}.{CSharpText.Identifier(@event.Name)}";
        if (@event.IsStatic)
        {
            head = "static " + head;
        }

        return new MemberStubSpec(
            head,
            EventAccessors,
            reason);
    }
}
