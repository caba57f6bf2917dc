using System.Linq;
using System.Text;
using System.Threading.Tasks;
using Agora.Rest.Testing.Gateway;
using Microsoft.AspNetCore.Http;

namespace Agora.Rest.Testing.Endpoints;

/// <summary>
/// The answers Media Push and Media Pull share: <c>{message}</c> or <c>{reason}</c> failures, an empty 2XX, and the
/// headers they document (<c>X-Resource-ID</c> for the converter or player acted on; a caller's own
/// <c>X-Request-ID</c> echoed back, under <c>X-Custom-Request-ID</c> for Media Push).
/// </summary>
internal static class MediaAnswers
{
    /// <summary>Echoes the caller's request id once the answer starts, after the writer set its own.</summary>
    public static void EchoRequestId(HttpContext context, string echoedAs)
    {
        string? sent = context.Request.Headers["X-Request-ID"];
        if (string.IsNullOrEmpty(sent))
        {
            return;
        }

        context.Response.OnStarting(() =>
        {
            context.Response.Headers[echoedAs] = sent;
            return Task.CompletedTask;
        });
    }

    public static Task MessageAsync(HttpContext context, int status, string message, string? resourceId = null)
    {
        SetResource(context, resourceId);
        return JsonAnswer.WriteCamelCaseAsync(context, status, new MessageBody(message));
    }

    public static Task ReasonAsync(HttpContext context, int status, string reason, string? resourceId = null)
    {
        SetResource(context, resourceId);
        return JsonAnswer.WriteCamelCaseAsync(context, status, new ReasonBody(reason));
    }

    public static Task OkAsync<T>(HttpContext context, T body, string? resourceId = null)
    {
        SetResource(context, resourceId);
        return JsonAnswer.WriteCamelCaseAsync(context, StatusCodes.Status200OK, body);
    }

    /// <summary>A 2XX without a body (update and delete of a player, delete of a converter).</summary>
    public static Task EmptyAsync(HttpContext context, string resourceId)
    {
        SetResource(context, resourceId);
        context.Response.StatusCode = StatusCodes.Status200OK;
        context.Response.Headers["X-Request-ID"] = System.Guid.NewGuid().ToString("N");
        return Task.CompletedTask;
    }

    /// <summary>The regions a converter or player may be created in: lowercase, as documented.</summary>
    public static bool IsRegion(string region) => region is "cn" or "ap" or "na" or "eu";

    /// <summary>A channel name: 1 to 64 bytes of letters, digits, space and the documented punctuation.</summary>
    public static bool IsChannelName(string? name) =>
        name is { Length: > 0 } && Encoding.UTF8.GetByteCount(name) <= 64 && name.All(IsChannelCharacter);

    /// <summary>A converter or player name: up to 64 of <c>a-z A-Z 0-9 - _</c> (empty allowed).</summary>
    public static bool IsName(string name) =>
        name.Length <= 64 && name.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');

    private static bool IsChannelCharacter(char c) =>
        char.IsAsciiLetterOrDigit(c) || " !#$%&()+-:;<=.>?@[]^_{}|~,".Contains(c, System.StringComparison.Ordinal);

    private static void SetResource(HttpContext context, string? resourceId)
    {
        if (resourceId is not null)
        {
            context.Response.Headers["X-Resource-ID"] = resourceId;
        }
    }

    private sealed record MessageBody(string Message);

    private sealed record ReasonBody(string Reason);
}
