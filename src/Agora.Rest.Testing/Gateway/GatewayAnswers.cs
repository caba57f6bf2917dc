using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;

namespace Agora.Rest.Testing.Gateway;

/// <summary>The answers Agora's API gateway gives before any service sees a request, with its exact texts.</summary>
internal static class GatewayAnswers
{
    public static Task InvalidCredentialsAsync(HttpContext context) =>
        JsonAnswer.WriteAsync(context, StatusCodes.Status401Unauthorized, new MessageBody("Invalid authentication credentials"));

    public static Task NoRouteAsync(HttpContext context) =>
        JsonAnswer.WriteAsync(context, StatusCodes.Status404NotFound, new MessageBody("no Route matched with those values"));

    public static Task InvalidAppIdAsync(HttpContext context) =>
        JsonAnswer.WriteAsync(context, StatusCodes.Status400BadRequest, new MessageBody("invalid appid"));

    public static Task RateLimitExceededAsync(HttpContext context, System.TimeSpan retryAfter)
    {
        // Whole seconds, rounded up: a client that waits this long lands in the next window.
        context.Response.Headers.RetryAfter = ((long)System.Math.Ceiling(retryAfter.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        return JsonAnswer.WriteAsync(context, StatusCodes.Status429TooManyRequests, new MessageBody("API rate limit exceeded"));
    }

    internal sealed record MessageBody(string Message);
}
