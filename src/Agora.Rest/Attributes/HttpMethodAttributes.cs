using System;

namespace Agora.Rest;

/// <summary>Base class of the HTTP method attributes. The route is relative to the base address.</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false, Inherited = false)]
public abstract class HttpMethodAttribute : Attribute
{
    /// <summary>Creates the attribute.</summary>
    /// <param name="route">A route template starting with <c>/</c>; holes such as <c>{appId}</c> bind to parameters.</param>
    protected HttpMethodAttribute(string route)
    {
        Route = route;
    }

    /// <summary>The route template, for example <c>/dev/v1/channel/{appId}</c>.</summary>
    public string Route { get; }
}

/// <summary>Sends a GET request to the route.</summary>
public sealed class GetAttribute : HttpMethodAttribute
{
    /// <inheritdoc cref="HttpMethodAttribute(string)"/>
    public GetAttribute(string route) : base(route) { }
}

/// <summary>Sends a POST request to the route.</summary>
public sealed class PostAttribute : HttpMethodAttribute
{
    /// <inheritdoc cref="HttpMethodAttribute(string)"/>
    public PostAttribute(string route) : base(route) { }
}

/// <summary>Sends a PUT request to the route.</summary>
public sealed class PutAttribute : HttpMethodAttribute
{
    /// <inheritdoc cref="HttpMethodAttribute(string)"/>
    public PutAttribute(string route) : base(route) { }
}

/// <summary>Sends a PATCH request to the route.</summary>
public sealed class PatchAttribute : HttpMethodAttribute
{
    /// <inheritdoc cref="HttpMethodAttribute(string)"/>
    public PatchAttribute(string route) : base(route) { }
}

/// <summary>Sends a DELETE request to the route.</summary>
public sealed class DeleteAttribute : HttpMethodAttribute
{
    /// <inheritdoc cref="HttpMethodAttribute(string)"/>
    public DeleteAttribute(string route) : base(route) { }
}

/// <summary>Sends a HEAD request to the route.</summary>
public sealed class HeadAttribute : HttpMethodAttribute
{
    /// <inheritdoc cref="HttpMethodAttribute(string)"/>
    public HeadAttribute(string route) : base(route) { }
}

/// <summary>
/// Declares that sending this request twice has the effect of sending it once, so a retry pipeline may
/// repeat it (see <see cref="AgoraRequests.IsRepeatable"/>). GET, HEAD, PUT and DELETE are repeatable already;
/// put this on a POST or PATCH only when Agora documents it as safe to repeat.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false, Inherited = false)]
public sealed class IdempotentAttribute : Attribute
{
}
