using System.Globalization;
using Agora.Rest;
using Microsoft.AspNetCore.Diagnostics;

namespace AgoraServer;

/// <summary>
/// Turns a failed Agora call into an answer for this server's caller: Agora's rate limit passes through as 429 with
/// its Retry-After; anything else is a 502. The full message (operation, status, Agora's text; never a credential)
/// goes to the log; callers get the status and Agora's request id only, since Agora's text is about this server's
/// account, not their request.
/// </summary>
internal sealed class AgoraErrorHandler(ILogger<AgoraErrorHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not AgoraApiException agora)
        {
            return false;
        }

        logger.LogWarning("Agora call failed: {Message}", agora.Message);
        bool rateLimited = (int)agora.StatusCode == StatusCodes.Status429TooManyRequests;
        if (rateLimited && agora.RetryAfter is { } retryAfter)
        {
            context.Response.Headers.RetryAfter = ((long)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        }

        IResult problem = Results.Problem(
            title: rateLimited ? "Agora's rate limit was reached; try again later." : "Agora could not complete the request.",
            detail: $"Agora answered {(int)agora.StatusCode}; request id {agora.RequestId ?? "none"}.",
            statusCode: rateLimited ? StatusCodes.Status429TooManyRequests : StatusCodes.Status502BadGateway);
        await problem.ExecuteAsync(context);
        return true;
    }
}
