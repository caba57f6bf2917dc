using System.ComponentModel;
using System.Net.Http;

namespace Agora.Rest.Infrastructure;

/// <summary>Shared <see cref="HttpMethod"/> instances, including PATCH, which netstandard2.0 lacks.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class AgoraHttpMethods
{
    /// <summary>GET.</summary>
    public static HttpMethod Get { get; } = HttpMethod.Get;

    /// <summary>POST.</summary>
    public static HttpMethod Post { get; } = HttpMethod.Post;

    /// <summary>PUT.</summary>
    public static HttpMethod Put { get; } = HttpMethod.Put;

    /// <summary>DELETE.</summary>
    public static HttpMethod Delete { get; } = HttpMethod.Delete;

    /// <summary>HEAD.</summary>
    public static HttpMethod Head { get; } = HttpMethod.Head;

    /// <summary>PATCH.</summary>
#if NETSTANDARD2_0
    public static HttpMethod Patch { get; } = new HttpMethod("PATCH");
#else
    public static HttpMethod Patch { get; } = HttpMethod.Patch;
#endif
}
