using System.Collections.Generic;
using System.Threading;
using Agora.Generators.Parsing;
using Microsoft.CodeAnalysis;

namespace Agora.Generators.Declarations;

/// <summary>
/// One abstract member a client of <see cref="Api"/> must implement: declared on the interface itself or on one it
/// inherits. <see cref="Context"/> is its declaring interface's auth scheme and headers, falling back to the API's.
/// </summary>
internal sealed class ApiMember
{
    private ApiMember(INamedTypeSymbol api, INamedTypeSymbol declaring, ISymbol symbol, AttributeContext context, AttributeContext apiDeclared, AttributeContext declaringDeclared)
    {
        Api = api;
        Declaring = declaring;
        Symbol = symbol;
        Context = context;
        ApiDeclared = apiDeclared;
        DeclaringDeclared = declaringDeclared;
    }

    public INamedTypeSymbol Api { get; }

    public INamedTypeSymbol Declaring { get; }

    public ISymbol Symbol { get; }

    public AttributeContext Context { get; }

    /// <summary>What the API's own attributes declare, read once per walk rather than once per member.</summary>
    public AttributeContext ApiDeclared { get; }

    /// <summary>What the declaring interface's own attributes declare (the API's, for its own members).</summary>
    public AttributeContext DeclaringDeclared { get; }

    /// <summary>Whether it comes from a base interface rather than the <c>[AgoraApi]</c> interface itself.</summary>
    public bool IsInherited => !SymbolEqualityComparer.Default.Equals(Declaring, Api);

    /// <summary>How messages name it: <c>Method</c>, or <c>IBase.Method</c> when inherited.</summary>
    public string DisplayName => IsInherited ? Declaring.Name + "." + Symbol.Name : Symbol.Name;

    /// <summary>
    /// Where its problems show: its own name, or for an inherited member (which may live in another assembly, and
    /// whose base interface may serve several APIs) the name of the API that inherits it.
    /// </summary>
    public Location Location => LocationOf(IsInherited ? Api : Symbol);

    /// <summary>
    /// The members in the order a client implements them: the interface's own, then each inherited interface's. The one
    /// walk that both the generator and the analyzer take.
    /// </summary>
    public static List<ApiMember> Of(INamedTypeSymbol api, AttributeContext apiContext, KnownTypes known, CancellationToken cancellationToken)
    {
        var members = new List<ApiMember>();
        Add(members, api, api, apiContext, apiContext, apiContext, cancellationToken);
        foreach (INamedTypeSymbol inherited in api.AllInterfaces)
        {
            AttributeContext declared = AttributeContext.For(inherited, known);
            Add(members, api, inherited, declared.Under(apiContext), apiContext, declared, cancellationToken);
        }

        return members;
    }

    public static Location LocationOf(ISymbol symbol)
    {
        foreach (Location location in symbol.Locations)
        {
            if (location.IsInSource)
            {
                return location;
            }
        }

        return Location.None;
    }

    private static void Add(
        List<ApiMember> members, INamedTypeSymbol api, INamedTypeSymbol declaring, AttributeContext context, AttributeContext apiDeclared, AttributeContext declaringDeclared, CancellationToken cancellationToken)
    {
        foreach (ISymbol member in declaring.GetMembers())
        {
            cancellationToken.ThrowIfCancellationRequested();

            // Members with a default implementation need none from the client.
            if (member.IsAbstract && member is IMethodSymbol { MethodKind: MethodKind.Ordinary } or IPropertySymbol or IEventSymbol)
            {
                members.Add(new ApiMember(api, declaring, member, context, apiDeclared, declaringDeclared));
            }
        }
    }
}
