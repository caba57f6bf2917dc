using Microsoft.CodeAnalysis;

namespace Agora.Analyzers.Declarations;

/// <summary>The declaration rules (AGR1xxx): what is wrong with an [AgoraApi] interface, and what to do.</summary>
internal static class DeclarationRules
{
    private const string Category = "Agora.Declaration";

    public static readonly DiagnosticDescriptor InterfaceNotPartial = Rule(
        "AGR1001",
        "Agora API interfaces are partial",
        "The [AgoraApi] interface '{0}' is not partial; add the 'partial' modifier",
        "An [AgoraApi] interface is declared partial so that the package can add to it without surprises in future versions.");

    public static readonly DiagnosticDescriptor NoAuthScheme = Rule(
        "AGR1002",
        "Every Agora API method declares how it authenticates",
        "'{0}' declares no auth scheme; put [BasicAuth], [AccessToken2Auth], [AccessTokenAuth] or [NoAuth] on the method or its interface",
        "Without an auth scheme the client cannot know which headers to send; the method is generated to throw NotSupportedException.");

    public static readonly DiagnosticDescriptor SeveralAuthSchemes = Rule(
        "AGR1003",
        "One auth scheme per interface or method",
        "'{0}' declares {1} auth schemes; keep exactly one of [BasicAuth], [AccessToken2Auth], [AccessTokenAuth] or [NoAuth]",
        "Two schemes on the same declaration contradict each other; a method's own scheme overrides its interface's, so declare the exception on the method.");

    public static readonly DiagnosticDescriptor NoHttpMethod = Rule(
        "AGR1004",
        "Every Agora API method has an HTTP method attribute",
        "'{0}' has no HTTP method attribute; add [Get], [Post], [Put], [Patch], [Delete] or [Head] with a route",
        "The generator cannot tell which request a method sends without one; the method is generated to throw NotSupportedException.");

    public static readonly DiagnosticDescriptor SeveralHttpMethods = Rule(
        "AGR1005",
        "One HTTP method attribute per method",
        "'{0}' has {1} HTTP method attributes; keep exactly one",
        "A method sends one request; only the first attribute would be used.");

    public static readonly DiagnosticDescriptor InvalidRoute = Rule(
        "AGR1006",
        "Route templates are relative paths with well-formed holes",
        "The route of '{0}' is invalid: {1}",
        "A route starts with '/', is relative to the base address, and has balanced, non-empty, distinct {holes} in its path; query values are bound with [Query].");

    private static DiagnosticDescriptor Rule(string id, string title, string message, string description) => new(
        id,
        title,
        message,
        Category,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: description,
        helpLinkUri: HelpLinks.For(id));
}
