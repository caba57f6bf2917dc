using System;
using System.ComponentModel;
using System.Net.Http;

namespace Agora.Rest.Infrastructure;

/// <summary>
/// The fixed facts of one generated method: HTTP method, route template and auth scheme. Generated clients
/// keep one per method in a static field. Not meant to be used directly.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class AgoraOperation
{
    /// <summary>Creates the description of a generated method.</summary>
    public AgoraOperation(HttpMethod method, string routeTemplate, AgoraAuthScheme authScheme)
        : this(method, routeTemplate, authScheme, isIdempotent: false)
    {
    }

    /// <summary>Creates the description of a generated method, declared <see cref="IdempotentAttribute"/> or not.</summary>
    public AgoraOperation(HttpMethod method, string routeTemplate, AgoraAuthScheme authScheme, bool isIdempotent)
    {
        IsIdempotent = isIdempotent;
        Method = method ?? throw new ArgumentNullException(nameof(method));
        RouteTemplate = routeTemplate ?? throw new ArgumentNullException(nameof(routeTemplate));
        AuthScheme = authScheme;
        DisplayName = method.Method + " " + routeTemplate;
    }

    /// <summary>The HTTP method.</summary>
    public HttpMethod Method { get; }

    /// <summary>The route template as declared, holes unfilled.</summary>
    public string RouteTemplate { get; }

    /// <summary>How the request authenticates.</summary>
    public AgoraAuthScheme AuthScheme { get; }

    /// <summary>Whether the method was declared <see cref="IdempotentAttribute"/>.</summary>
    public bool IsIdempotent { get; }

    /// <summary><c>METHOD /route/{template}</c>: safe for messages, carries no argument values.</summary>
    public string DisplayName { get; }

    /// <inheritdoc/>
    public override string ToString() => DisplayName;

    /// <summary>
    /// The request URI made last for this operation, shared by every client and thread: a constant route, or a route
    /// whose values repeat (an App ID), is parsed once, not per call. <see cref="Uri"/> is immutable, and the text it
    /// was made from (<see cref="Uri.OriginalString"/>) is compared before it is reused, so a race only costs a parse.
    /// </summary>
    internal Uri? LastRequestUri;

    // The one-scheme twins of an either-scheme operation, made on first use: a client's credentials decide its scheme.
    private AgoraOperation? _asBasic;
    private AgoraOperation? _asToken;

    /// <summary>
    /// This operation with the scheme that credentials of the given kind use: itself, unless it accepts either Basic or
    /// a token (<see cref="AgoraAuthScheme.BasicOrAccessToken2"/>, <see cref="AgoraAuthScheme.BasicOrAccessToken"/>).
    /// </summary>
    internal AgoraOperation WithSchemeFor(bool basicCredentials) => AuthScheme switch
    {
        AgoraAuthScheme.BasicOrAccessToken2 or AgoraAuthScheme.BasicOrAccessToken when basicCredentials =>
            _asBasic ??= new AgoraOperation(Method, RouteTemplate, AgoraAuthScheme.Basic, IsIdempotent),
        AgoraAuthScheme.BasicOrAccessToken2 => _asToken ??= new AgoraOperation(Method, RouteTemplate, AgoraAuthScheme.AccessToken2, IsIdempotent),
        AgoraAuthScheme.BasicOrAccessToken => _asToken ??= new AgoraOperation(Method, RouteTemplate, AgoraAuthScheme.AccessToken, IsIdempotent),
        _ => this,
    };
}
