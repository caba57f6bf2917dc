using System;
using System.Net;
using System.Net.Http;

namespace Agora.Rest;

/// <summary>
/// An Agora REST call answered with a non-success status, or with a body that could not be read.
/// Carries Agora's error fields from every documented error shape (<c>{message}</c>, <c>{code, reason}</c>,
/// <c>{errorCode, reason}</c>, <c>{detail, reason}</c>). The message and every property are free of credentials:
/// the body excerpt is scrubbed of the secrets the client knows before it is stored.
/// </summary>
public class AgoraApiException : HttpRequestException
{
    /// <summary>Creates the exception. Generated clients create it from the response.</summary>
    public AgoraApiException(
        string message,
        HttpStatusCode statusCode,
        string? operation = null,
        string? errorMessage = null,
        string? errorCode = null,
        string? reason = null,
        string? requestId = null,
        TimeSpan? retryAfter = null,
        string? responseBodyExcerpt = null,
        Exception? innerException = null)
#if NET5_0_OR_GREATER
        : base(message, innerException, statusCode)
#else
        : base(message, innerException)
#endif
    {
        StatusCode = statusCode;
        Operation = operation;
        ErrorMessage = errorMessage;
        ErrorCode = errorCode;
        Reason = reason;
        RequestId = requestId;
        RetryAfter = retryAfter;
        ResponseBodyExcerpt = responseBodyExcerpt;
    }

    /// <summary>The HTTP status code of the response.</summary>
#if NET5_0_OR_GREATER
    public new HttpStatusCode StatusCode { get; }
#else
    public HttpStatusCode StatusCode { get; }
#endif

    /// <summary>The call, as <c>METHOD /route/{template}</c> (no argument values).</summary>
    public string? Operation { get; }

    /// <summary>Agora's <c>message</c> or <c>detail</c> field.</summary>
    public string? ErrorMessage { get; }

    /// <summary>Agora's <c>code</c> or <c>errorCode</c> field, as text.</summary>
    public string? ErrorCode { get; }

    /// <summary>Agora's <c>reason</c> field.</summary>
    public string? Reason { get; }

    /// <summary>The request id from the <c>X-Request-ID</c> header or the <c>request_id</c> field; quote it to Agora support.</summary>
    public string? RequestId { get; }

    /// <summary>How long the server asked to wait (<c>Retry-After</c>), if it said.</summary>
    public TimeSpan? RetryAfter { get; }

    /// <summary>The start of the response body (at most 1,024 characters), scrubbed of known secrets.</summary>
    public string? ResponseBodyExcerpt { get; }
}
