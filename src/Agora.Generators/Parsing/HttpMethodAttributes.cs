using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace Agora.Generators.Parsing;

/// <summary>One <c>[Get]</c>, <c>[Post]</c>, … on a method: the verb, its route, and the attribute itself.</summary>
internal readonly struct HttpMethodAttribute
{
    public HttpMethodAttribute(string verb, string? route, AttributeData attribute)
    {
        Verb = verb;
        Route = route;
        Attribute = attribute;
    }

    public string Verb { get; }

    public string? Route { get; }

    public AttributeData Attribute { get; }

    /// <summary>Every HTTP method attribute on <paramref name="method"/>, in declaration order.</summary>
    public static List<HttpMethodAttribute> On(IMethodSymbol method, KnownTypes known)
    {
        var found = new List<HttpMethodAttribute>();
        foreach (AttributeData attribute in method.GetAttributes())
        {
            string? verb = attribute.AttributeClass switch
            {
                var t when KnownTypes.Is(t, known.Get) => "Get",
                var t when KnownTypes.Is(t, known.Post) => "Post",
                var t when KnownTypes.Is(t, known.Put) => "Put",
                var t when KnownTypes.Is(t, known.Patch) => "Patch",
                var t when KnownTypes.Is(t, known.Delete) => "Delete",
                var t when KnownTypes.Is(t, known.Head) => "Head",
                _ => null,
            };
            if (verb is not null)
            {
                string? route = attribute.ConstructorArguments.Length == 1 ? attribute.ConstructorArguments[0].Value as string : null;
                found.Add(new HttpMethodAttribute(verb, route, attribute));
            }
        }

        return found;
    }
}
