using System.Net;
using System.Net.Http.Headers;

namespace Agora.Rest;

/// <summary>
/// A response whose status is returned rather than thrown: the value on success, the error otherwise.
/// Declare a method as returning <c>Task&lt;AgoraResponse&lt;T&gt;&gt;</c> to get one.
/// </summary>
/// <typeparam name="T">The body type on success.</typeparam>
public sealed class AgoraResponse<T>
{
    /// <summary>Creates a response. Generated clients call this.</summary>
    public AgoraResponse(HttpStatusCode statusCode, HttpResponseHeaders headers, T? value, AgoraApiException? error)
    {
        StatusCode = statusCode;
        Headers = headers;
        Value = value;
        Error = error;
    }

    /// <summary>The HTTP status code.</summary>
    public HttpStatusCode StatusCode { get; }

    /// <summary>Whether the status code is 2xx.</summary>
    public bool IsSuccessStatusCode => (int)StatusCode >= 200 && (int)StatusCode <= 299;

    /// <summary>The response headers.</summary>
    public HttpResponseHeaders Headers { get; }

    /// <summary>The body on success; <see langword="default"/> when the call failed or the body was empty.</summary>
    public T? Value { get; }

    /// <summary>The error, with Agora's fields parsed, when the call failed; otherwise <see langword="null"/>.</summary>
    public AgoraApiException? Error { get; }

    /// <summary>The value when the call succeeded; otherwise throws <see cref="Error"/>.</summary>
    /// <exception cref="AgoraApiException">The call failed.</exception>
    public T? GetValueOrThrow()
    {
        if (Error is not null)
        {
            throw Error;
        }

        return Value;
    }

    /// <summary>Describes the status without any body or header values.</summary>
    public override string ToString() => $"AgoraResponse {{ StatusCode = {(int)StatusCode} {StatusCode} }}";
}
