using System;
using System.Linq;
using Agora.Generators.Declarations;
using Agora.Generators.Model;
using Agora.Generators.Parsing;
using Microsoft.CodeAnalysis;

namespace Agora.Analyzers.Security.Redirects;

/// <summary>
/// The clients the generator writes, as the consuming compilation sees them: a class named <c>…Client</c>, marked
/// <c>[GeneratedCode("Agora.Generators", …)]</c>, that implements an <c>[AgoraApi]</c> interface. Clients generated
/// into a referenced library count too: they are metadata here, with the same name, attribute and interface.
/// </summary>
internal static class GeneratedClients
{
    // The generator's name in the GeneratedCode attribute it puts on every client (GeneratedCodeInfo.Attribute).
    private const string GeneratorName = "Agora.Generators";

    // ApiParser.ClientNameFor: IChannelApi becomes ChannelApiClient.
    private const string ClientSuffix = "Client";

    /// <summary>
    /// The interface <paramref name="type"/> implements when it is a generated client of an API in which any method
    /// authenticates with <c>[AccessTokenAuth]</c> (declared on the method or an interface, its own or inherited);
    /// otherwise <see langword="null"/>.
    /// </summary>
    public static INamedTypeSymbol? SendingTokenHeaders(ITypeSymbol? type, KnownTypes known)
    {
        // Every object creation of a build comes here: the name and the interfaces rule out nearly all before any attribute is read.
        if (type is not INamedTypeSymbol { TypeKind: TypeKind.Class, Interfaces.Length: > 0 } client
            || !client.Name.EndsWith(ClientSuffix, StringComparison.Ordinal)
            || !IsGenerated(client))
        {
            return null;
        }

        foreach (INamedTypeSymbol api in client.Interfaces)
        {
            if (api.GetAttributes().Any(a => KnownTypes.Is(a.AttributeClass, known.AgoraApi)) && UsesAccessToken(api, known))
            {
                return api;
            }
        }

        return null;
    }

    private static bool IsGenerated(INamedTypeSymbol client) =>
        client.GetAttributes().Any(a =>
            SymbolNames.IsType(a.AttributeClass, "System.CodeDom.Compiler", "GeneratedCodeAttribute")
            && a.ConstructorArguments.Length > 0
            && a.ConstructorArguments[0].Value is GeneratorName);

    // Every method a client implements, inherited ones included, with the scheme in effect for it: the generator's walk.
    private static bool UsesAccessToken(INamedTypeSymbol api, KnownTypes known)
    {
        foreach (ApiMember member in ApiMember.Of(api, AttributeContext.For(api, known), known, System.Threading.CancellationToken.None))
        {
            if (member.Symbol is IMethodSymbol { IsStatic: false } method
                && AttributeContext.For(method, known).Under(member.Context).AuthScheme is AuthScheme.AccessToken or AuthScheme.BasicOrAccessToken)
            {
                return true;
            }
        }

        return false;
    }
}
