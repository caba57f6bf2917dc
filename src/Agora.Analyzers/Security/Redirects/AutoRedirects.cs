using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Agora.Analyzers.Security.Redirects;

/// <summary>
/// Whether the HttpClient handed to a generated client visibly follows redirects itself. Only what is written in
/// plain sight counts: an HttpClient created inline, in a local or in a readonly field, on the default handler or
/// on an HttpClientHandler or SocketsHttpHandler created inline or in a local. A handler of another type (it may
/// set AllowAutoRedirect in its constructor), a handler or client from a parameter, a call or a factory, and a
/// non-constant AllowAutoRedirect are all given the benefit of the doubt.
/// </summary>
internal static class AutoRedirects
{
    private const string HttpNamespace = "System.Net.Http";

    private enum Setting
    {
        Follows,
        DoesNotFollow,
        Unknown,
    }

    /// <summary>What makes the HttpClient <paramref name="httpClient"/> follow redirects, or <see langword="null"/>.</summary>
    public static RedirectingCreation? Find(IOperation httpClient, INamedTypeSymbol scope, CancellationToken cancellationToken)
    {
        if (VisibleValues.Of(httpClient, scope, cancellationToken) is not IObjectCreationOperation { Constructor: { } constructor } client
            || !SymbolNames.IsType(client.Type, HttpNamespace, "HttpClient"))
        {
            return null;
        }

        // new HttpClient() runs on a handler of the platform's choice, and every one of them follows redirects.
        if (constructor.Parameters.Length == 0)
        {
            return new RedirectingCreation(client, ImmutableArray<IOperation>.Empty);
        }

        foreach (IArgumentOperation argument in client.Arguments)
        {
            if (argument.Parameter is { Ordinal: 0 } parameter && SymbolNames.IsType(parameter.Type, HttpNamespace, "HttpMessageHandler"))
            {
                return FindInHandler(argument.Value, scope, cancellationToken);
            }
        }

        return null;
    }

    private static RedirectingCreation? FindInHandler(IOperation handler, INamedTypeSymbol scope, CancellationToken cancellationToken)
    {
        // A handler in a field may be configured by any method of its type: only inline and local handlers are followed.
        IOperation written = VisibleValues.WithoutConversions(handler);
        if (written is not (IObjectCreationOperation or ILocalReferenceOperation)
            || VisibleValues.Of(written, scope, cancellationToken) is not IObjectCreationOperation creation
            || !IsRedirectingHandlerType(creation.Type))
        {
            return null;
        }

        Setting setting = InitializerSetting(creation);
        ImmutableArray<IOperation> later = ImmutableArray<IOperation>.Empty;
        if (written is ILocalReferenceOperation local && !HandlerLocals.TryGetLaterSettings(local, out later))
        {
            return null;
        }

        // Every later setting is a constant true (anything else was given up on above), and it runs after the initializer.
        bool follows = later.IsEmpty ? setting == Setting.Follows : setting != Setting.Unknown;
        return follows ? new RedirectingCreation(creation, later) : null;
    }

    // Exactly these types: a subclass may turn redirects off in its own constructor.
    private static bool IsRedirectingHandlerType(ITypeSymbol? type) =>
        SymbolNames.IsType(type, HttpNamespace, "HttpClientHandler") || SymbolNames.IsType(type, HttpNamespace, "SocketsHttpHandler");

    // The last AllowAutoRedirect assignment of the object initializer wins, as at run time.
    private static Setting InitializerSetting(IObjectCreationOperation creation)
    {
        Setting setting = Setting.Follows;
        if (creation.Initializer is null)
        {
            return setting;
        }

        foreach (IOperation initializer in creation.Initializer.Initializers)
        {
            switch (initializer)
            {
                case ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property.Name: "AllowAutoRedirect" } } assignment:
                    setting = assignment.Value.ConstantValue is { HasValue: true, Value: bool on } ? (on ? Setting.Follows : Setting.DoesNotFollow) : Setting.Unknown;
                    break;
                case ISimpleAssignmentOperation { Target: IInvalidOperation }:
                case IInvalidOperation:
                    // Half-typed: this may be about to say AllowAutoRedirect = false.
                    return Setting.Unknown;
            }
        }

        return setting;
    }
}
