using System;
using System.Collections.Generic;
using Agora.Generators.Model;
using Microsoft.CodeAnalysis;

namespace Agora.Generators.Parsing;

/// <summary>
/// The auth scheme and static headers declared on an interface or method, and how a more specific
/// declaration overrides a less specific one.
/// </summary>
internal sealed class AttributeContext
{
    private AttributeContext(AuthScheme? authScheme, bool hasSchemeConflict, IReadOnlyList<HeaderSpec> headers, string? headerError, int declaredSchemeCount = 0)
    {
        DeclaredSchemeCount = declaredSchemeCount;
        AuthScheme = authScheme;
        HasSchemeConflict = hasSchemeConflict;
        Headers = headers;
        HeaderError = headerError;
    }

    /// <summary>The declared scheme, or <see langword="null"/> when none is declared or several contradict each other.</summary>
    public AuthScheme? AuthScheme { get; }

    /// <summary>How many auth attributes this declaration itself carries.</summary>
    public int DeclaredSchemeCount { get; }

    /// <summary>Whether this declaration's own auth attributes contradict each other (AGR1003).</summary>
    public bool HasOwnSchemeConflict => DeclaredSchemeCount > 1 && AuthScheme is null;

    /// <summary>
    /// Whether the scheme in effect is contradicted: several on this declaration, or on the one it falls back to. The
    /// checker reports that (AGR1003); the context only needs to know that no scheme holds.
    /// </summary>
    public bool HasSchemeConflict { get; }

    /// <summary>Static headers in declaration order, later ones overriding earlier ones of the same name.</summary>
    public IReadOnlyList<HeaderSpec> Headers { get; }

    /// <summary>Why a static header is invalid, or <see langword="null"/>.</summary>
    public string? HeaderError { get; }

    public static AttributeContext For(ISymbol symbol, KnownTypes known)
    {
        var schemes = new List<AuthScheme>();
        var headers = new List<HeaderSpec>();
        string? headerError = null;
        foreach (AttributeData attribute in symbol.GetAttributes())
        {
            INamedTypeSymbol? type = attribute.AttributeClass;
            if (KnownTypes.Is(type, known.NoAuth))
            {
                schemes.Add(Model.AuthScheme.None);
            }
            else if (KnownTypes.Is(type, known.BasicAuth))
            {
                schemes.Add(Model.AuthScheme.Basic);
            }
            else if (KnownTypes.Is(type, known.AccessToken2Auth))
            {
                schemes.Add(Model.AuthScheme.AccessToken2);
            }
            else if (KnownTypes.Is(type, known.AccessTokenAuth))
            {
                schemes.Add(Model.AuthScheme.AccessToken);
            }
            else if (KnownTypes.Is(type, known.Header))
            {
                if (attribute.ConstructorArguments.Length != 2
                    || attribute.ConstructorArguments[0].Value is not string name
                    || attribute.ConstructorArguments[1].Value is not string value)
                {
                    headerError ??= "a static [Header] on an interface or method needs a name and a value: [Header(\"name\", \"value\")]";
                    continue;
                }

                headerError ??= HeaderRules.ValidateName(name) ?? HeaderRules.ValidateValue(name, value);
                Override(headers, new HeaderSpec(name, value));
            }
        }

        AuthScheme? scheme = Combined(schemes);
        return new AttributeContext(scheme, schemes.Count > 1 && scheme is null, headers, headerError, schemes.Count);
    }

    // One scheme as it is; Basic with one token scheme is an API Agora serves with either (the credentials decide);
    // anything else contradicts itself.
    private static AuthScheme? Combined(List<AuthScheme> schemes)
    {
        if (schemes.Count == 1)
        {
            return schemes[0];
        }

        if (schemes.Count == 2 && schemes.Contains(Model.AuthScheme.Basic))
        {
            if (schemes.Contains(Model.AuthScheme.AccessToken2))
            {
                return Model.AuthScheme.BasicOrAccessToken2;
            }

            if (schemes.Contains(Model.AuthScheme.AccessToken))
            {
                return Model.AuthScheme.BasicOrAccessToken;
            }
        }

        return null;
    }

    /// <summary>This (more specific) declaration, falling back to <paramref name="outer"/> for what it does not say.</summary>
    public AttributeContext Under(AttributeContext outer)
    {
        var headers = new List<HeaderSpec>(outer.Headers);
        foreach (HeaderSpec header in Headers)
        {
            Override(headers, header);
        }

        return new AttributeContext(
            HasSchemeConflict ? null : AuthScheme ?? outer.AuthScheme,
            HasSchemeConflict || (AuthScheme is null && outer.HasSchemeConflict),
            headers,
            HeaderError ?? outer.HeaderError);
    }

    private static void Override(List<HeaderSpec> headers, HeaderSpec header)
    {
        headers.RemoveAll(h => string.Equals(h.Name, header.Name, StringComparison.OrdinalIgnoreCase));
        headers.Add(header);
    }
}
