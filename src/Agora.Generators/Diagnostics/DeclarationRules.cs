using Microsoft.CodeAnalysis;

namespace Agora.Generators.Diagnostics;

/// <summary>
/// The declaration rules (AGR1xxx): what is wrong with an [AgoraApi] interface, and what to do. Defined beside the
/// checker that decides them, so that the analyzer's diagnostic and the generated member's exception say the same words.
/// </summary>
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
        "One auth scheme per interface or method, or Basic with one token scheme",
        "'{0}' declares {1} auth schemes that contradict each other; keep one of [BasicAuth], [AccessToken2Auth], [AccessTokenAuth] or [NoAuth], or [BasicAuth] with one token scheme for an API that accepts either",
        "Schemes on the same declaration contradict each other, except [BasicAuth] with [AccessToken2Auth] or [AccessTokenAuth]: an API Agora serves with either, where the client's credentials decide. A method's own scheme overrides its interface's, so declare the exception on the method.");

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

    public static readonly DiagnosticDescriptor GenericInterface = Rule(
        "AGR1007",
        "Agora API interfaces are not generic",
        "The [AgoraApi] interface '{0}' is generic, so no client is generated for it; declare a non-generic interface per API",
        "A generated client is one concrete class; a type parameter on the interface leaves nothing to generate.");

    public static readonly DiagnosticDescriptor ContainerNotPartial = Rule(
        "AGR1008",
        "Types containing an Agora API interface are partial",
        "'{0}' contains the [AgoraApi] interface '{1}' but is not partial, so no client is generated; make '{0}' partial",
        "The client is generated next to the interface, inside the same containing types, which must therefore be partial.");

    public static readonly DiagnosticDescriptor NotAMethod = Rule(
        "AGR1009",
        "Agora API interfaces declare methods only",
        "'{0}' is {1}; Agora API interfaces declare methods only, each one request",
        "Each member of the interface becomes one request; properties, indexers and events have no request to send, so their generated implementations throw NotSupportedException.");

    public static readonly DiagnosticDescriptor GenericMethod = Rule(
        "AGR1010",
        "Agora API methods are not generic",
        "'{0}' is generic; Agora API methods are not, so that request and response types are known when the client is generated",
        "The request and response types must be known when the client is generated, so that no reflection is needed; a generic method's generated implementation throws NotSupportedException.");

    public static readonly DiagnosticDescriptor UnboundParameter = Rule(
        "AGR1011",
        "Every parameter is bound to part of the request",
        "'{0}': {1}",
        "A parameter that is neither a route hole, [Query], [Header], [Body] nor a CancellationToken would be silently dropped; the method is generated to throw NotSupportedException instead.");

    public static readonly DiagnosticDescriptor ByReferenceParameter = Rule(
        "AGR1012",
        "Parameters are passed by value",
        "'{0}': {1}",
        "A request is built from values; ref, out, in and params parameters have no meaning on the wire.");

    public static readonly DiagnosticDescriptor UnmatchedRouteHole = Rule(
        "AGR1013",
        "Route holes and [Path] parameters match",
        "'{0}': {1}",
        "Every {hole} in the route needs exactly one parameter to fill it, and every [Path] names a hole the route has.");

    public static readonly DiagnosticDescriptor SeveralBodies = Rule(
        "AGR1014",
        "One [Body] per method",
        "'{0}': {1}",
        "A request has one body; merge the values into one type.");

    public static readonly DiagnosticDescriptor SeveralCancellationTokens = Rule(
        "AGR1015",
        "One CancellationToken per method",
        "'{0}': {1}",
        "A call is cancelled by one token; a second one would be ignored.");

    public static readonly DiagnosticDescriptor UnsupportedReturnType = Rule(
        "AGR1016",
        "Agora API methods return Task or ValueTask of a supported shape",
        "'{0}': {1}",
        "The generated client is asynchronous and reads the response as nothing, a JSON value, text, bytes, a stream, an AgoraResponse<T> or the HttpResponseMessage; anything else is generated to throw NotSupportedException.");

    public static readonly DiagnosticDescriptor InvalidHeader = Rule(
        "AGR1017",
        "Header names are HTTP tokens and static values are single-line ASCII",
        "'{0}': {1}",
        "A header name with spaces or separators, or a value with a line break, would be rejected by HttpClient or split into another header; a credential header would be overwritten by the auth scheme.");

    public static readonly DiagnosticDescriptor BodyWithoutPayloadMethod = Rule(
        "AGR1018",
        "GET and HEAD requests carry no body",
        "'{0}' sends a [Body] with {1}; servers and proxies may drop or reject it, so use [Query] parameters or another HTTP method",
        "RFC 9110 gives a body on GET or HEAD no meaning; many servers, proxies and CDNs drop it or refuse the request.",
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor MalformedBinding = Rule(
        "AGR1019",
        "Parameter bindings are well formed",
        "'{0}': {1}",
        "One binding attribute per parameter, non-empty names, one parameter per route hole or header, a serializable body type, and a parameter type the client can format; the method is generated to throw NotSupportedException otherwise.");

    public static readonly DiagnosticDescriptor StaticAbstractMember = Rule(
        "AGR1020",
        "Agora API interfaces have no static abstract members",
        "'{0}' is static abstract; a client sends requests from instances only, and the interface cannot be registered with IHttpClientFactory; move it to another interface",
        "A static abstract member has no request to send (its generated implementation throws NotSupportedException), and an interface that declares one cannot be a type argument, so Add<Name>Client() is not generated for it.");

    public static readonly DiagnosticDescriptor InvalidJsonContext = Rule(
        "AGR1021",
        "An Agora API's JSON context is a source-generated JsonSerializerContext",
        "[AgoraApi(JsonContext = typeof({0}))]: {1}",
        "JsonContext names the System.Text.Json source-generated context the client reads and writes every body through: a non-generic, non-abstract class derived from JsonSerializerContext with the generated static Default instance.");

    /// <summary>Every declaration rule, for the analyzer's supported diagnostics.</summary>
    public static readonly System.Collections.Immutable.ImmutableArray<DiagnosticDescriptor> All = System.Collections.Immutable.ImmutableArray.Create(
        InterfaceNotPartial, NoAuthScheme, SeveralAuthSchemes, NoHttpMethod, SeveralHttpMethods, InvalidRoute, GenericInterface,
        ContainerNotPartial, NotAMethod, GenericMethod, UnboundParameter, ByReferenceParameter, UnmatchedRouteHole, SeveralBodies,
        SeveralCancellationTokens, UnsupportedReturnType, InvalidHeader, BodyWithoutPayloadMethod, MalformedBinding, StaticAbstractMember,
        InvalidJsonContext);

    private static DiagnosticDescriptor Rule(string id, string title, string message, string description, DiagnosticSeverity severity = DiagnosticSeverity.Error) => new(
        id,
        title,
        message,
        Category,
        severity,
        isEnabledByDefault: true,
        description: description,
        helpLinkUri: HelpLinks.For(id));
}
