using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Agora.Rest.Tests.Wire;

/// <summary>One request exactly as Kestrel received it.</summary>
public sealed record RecordedRequest(
    string Method,
    string RawTarget,
    IReadOnlyDictionary<string, string[]> Headers,
    byte[] Body)
{
    public string? Header(string name) =>
        Headers.TryGetValue(name, out string[]? values) ? string.Join(",", values) : null;

    public bool HasHeader(string name) => Headers.ContainsKey(name);

    public string BodyText => System.Text.Encoding.UTF8.GetString(Body);
}

/// <summary>Where the server ends the connection, if it does.</summary>
public enum ConnectionCut
{
    /// <summary>The response is sent whole.</summary>
    None,

    /// <summary>The connection is dropped before anything of the response is sent.</summary>
    BeforeHeaders,

    /// <summary>The headers announce twice the body, the first half is sent, then the connection ends.</summary>
    InBody,

    /// <summary>As <see cref="InBody"/>, but the connection stays open, the rest never coming, until the client leaves.</summary>
    Stall,
}

/// <summary>What the server answers.</summary>
public sealed record PlannedResponse(
    int Status,
    string? Body = null,
    string ContentType = "application/json",
    IReadOnlyDictionary<string, string>? Headers = null,
    TimeSpan Delay = default,
    ConnectionCut Cut = ConnectionCut.None)
{
    public static PlannedResponse Json(string body, int status = 200) => new(status, body);
}

/// <summary>
/// A real Kestrel server on 127.0.0.1 with a random port that records every request and answers with
/// whatever the test planned.
/// </summary>
public sealed class RecordingServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<RecordedRequest> _requests = new();
    private Func<RecordedRequest, PlannedResponse> _responder = _ => PlannedResponse.Json("{}");

    private RecordingServer(WebApplication app)
    {
        _app = app;
    }

    public Uri BaseAddress { get; private set; } = null!;

    public IReadOnlyList<RecordedRequest> Requests => _requests.ToArray();

    public RecordedRequest Single => Assert.Single(_requests);

    /// <param name="tlsCertificate">Serves https with this certificate instead of http.</param>
    public static async Task<RecordingServer> StartAsync(System.Security.Cryptography.X509Certificates.X509Certificate2? tlsCertificate = null)
    {
        WebApplicationBuilder builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        if (tlsCertificate is null)
        {
            builder.WebHost.UseUrls("http://127.0.0.1:0");
        }
        else
        {
            builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(System.Net.IPAddress.Loopback, 0, listen => listen.UseHttps(tlsCertificate)));
        }

        WebApplication app = builder.Build();
        var server = new RecordingServer(app);
        app.Run(server.HandleAsync);
        await app.StartAsync();
        string address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.BaseAddress = new Uri(address);
        return server;
    }

    public void Respond(Func<RecordedRequest, PlannedResponse> responder) => _responder = responder;

    public void Respond(PlannedResponse response) => _responder = _ => response;

    /// <summary>An HttpClient whose BaseAddress is this server.</summary>
    public HttpClient CreateHttpClient() => new() { BaseAddress = BaseAddress };

    private async Task HandleAsync(HttpContext context)
    {
        using var body = new MemoryStream();
        await context.Request.Body.CopyToAsync(body, context.RequestAborted);
        string rawTarget = context.Features.Get<IHttpRequestFeature>()!.RawTarget;
        var headers = context.Request.Headers.ToDictionary(
            h => h.Key, h => h.Value.Select(v => v ?? string.Empty).ToArray(), StringComparer.OrdinalIgnoreCase);
        var recorded = new RecordedRequest(context.Request.Method, rawTarget, headers, body.ToArray());
        _requests.Enqueue(recorded);

        PlannedResponse planned = _responder(recorded);
        if (planned.Delay != TimeSpan.Zero)
        {
            await Task.Delay(planned.Delay, context.RequestAborted);
        }

        if (planned.Cut == ConnectionCut.BeforeHeaders)
        {
            context.Abort();
            return;
        }

        context.Response.StatusCode = planned.Status;
        foreach (KeyValuePair<string, string> header in planned.Headers ?? new Dictionary<string, string>())
        {
            context.Response.Headers[header.Key] = header.Value;
        }

        if (planned.Cut is ConnectionCut.InBody or ConnectionCut.Stall)
        {
            // Returning short of the announced length makes Kestrel send what was written, then close the connection:
            // the client always has the headers first (HttpContext.Abort() could discard them).
            byte[] part = System.Text.Encoding.UTF8.GetBytes(planned.Body ?? "{");
            context.Response.ContentType = planned.ContentType;
            context.Response.ContentLength = (part.Length * 2) + 1;
            await context.Response.Body.WriteAsync(part, context.RequestAborted);
            await context.Response.Body.FlushAsync(context.RequestAborted);
            if (planned.Cut == ConnectionCut.Stall)
            {
                await Task.Delay(Timeout.InfiniteTimeSpan, context.RequestAborted);
            }

            return;
        }

        if (planned.Body is not null)
        {
            context.Response.ContentType = planned.ContentType;
            await context.Response.WriteAsync(planned.Body, context.RequestAborted);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync(CancellationToken.None);
        await _app.DisposeAsync();
    }
}
