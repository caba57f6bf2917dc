using System.Text.Json;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;

namespace Agora.Rest.Testing.Gateway;

/// <summary>
/// Writes a JSON answer the way Agora's APIs do: snake_case names (camelCase for the services that use it, such
/// as Cloud Recording), and a request id to quote to support.
/// </summary>
internal static class JsonAnswer
{
    private static readonly JsonSerializerOptions SnakeCase = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };
    private static readonly JsonSerializerOptions CamelCase = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    public static Task WriteAsync<T>(HttpContext context, int status, T body) => WriteAsync(context, status, body, SnakeCase);

    public static Task WriteCamelCaseAsync<T>(HttpContext context, int status, T body) => WriteAsync(context, status, body, CamelCase);

    private static Task WriteAsync<T>(HttpContext context, int status, T body, JsonSerializerOptions options)
    {
        context.Response.StatusCode = status;
        context.Response.Headers["X-Request-ID"] = System.Guid.NewGuid().ToString("N");
        context.Response.ContentType = "application/json";
        return JsonSerializer.SerializeAsync(context.Response.Body, body, options, context.RequestAborted);
    }
}
