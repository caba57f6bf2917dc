using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Agora.Rest.Benchmarks.ColdStart;

/// <summary>
/// A real HTTP server on 127.0.0.1 answering <c>GET /dev/v1/projects</c> with canned JSON, so that each run
/// pays for a real connection. It checks the Basic header character for character (401 otherwise) and counts
/// requests, so the harness can confirm that every run made exactly one authorized call.
/// </summary>
internal sealed class ProjectListServer : IAsyncDisposable
{
    private const string ProjectsPath = "/dev/v1/projects";

    private readonly WebApplication _app;
    private readonly string _expectedAuthorization;
    private readonly byte[] _responseBody;
    private int _requests;
    private int _served;

    private ProjectListServer(WebApplication app, string expectedAuthorization, byte[] responseBody)
    {
        _app = app;
        _expectedAuthorization = expectedAuthorization;
        _responseBody = responseBody;
    }

    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>Every request that reached the server, answered or not.</summary>
    public int Requests => Volatile.Read(ref _requests);

    /// <summary>Requests answered with the project list.</summary>
    public int Served => Volatile.Read(ref _served);

    public static async Task<ProjectListServer> StartAsync(string expectedAuthorization, byte[] responseBody)
    {
        WebApplicationBuilder builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0"); // port 0: the OS picks a free one
        WebApplication app = builder.Build();

        var server = new ProjectListServer(app, expectedAuthorization, responseBody);
        app.Run(server.HandleAsync);
        await app.StartAsync().ConfigureAwait(false);

        string address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.BaseAddress = new Uri(address);
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }

    private Task HandleAsync(HttpContext context)
    {
        Interlocked.Increment(ref _requests);
        HttpRequest request = context.Request;
        HttpResponse response = context.Response;

        if (!HttpMethods.IsGet(request.Method) || request.Path != ProjectsPath)
        {
            response.StatusCode = StatusCodes.Status404NotFound;
            return Task.CompletedTask;
        }

        if (request.Headers.Authorization.Count != 1
            || !string.Equals(request.Headers.Authorization[0], _expectedAuthorization, StringComparison.Ordinal))
        {
            response.StatusCode = StatusCodes.Status401Unauthorized;
            return Task.CompletedTask;
        }

        Interlocked.Increment(ref _served);
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = "application/json; charset=utf-8";
        response.ContentLength = _responseBody.Length;
        return response.Body.WriteAsync(_responseBody).AsTask();
    }
}
