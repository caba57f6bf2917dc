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

    internal sealed record MessageBody(string Message);
}
