using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Agora.Rest.Testing.Endpoints;
using Agora.Rest.Testing.Gateway;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Agora.Rest.Testing;

/// <summary>
/// Agora's REST service, offline: Kestrel on 127.0.0.1 at a free port, answering with Agora's shapes, status
/// codes and gateway texts. Point a client's <c>HttpClient.BaseAddress</c> at <see cref="BaseAddress"/>.
/// </summary>
public sealed class AgoraEmulator : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly BasicCredentials _basic;
    private readonly Dictionary<(string Method, string Path), RequestDelegate> _routes;
    private readonly ConcurrentQueue<ReceivedRequest> _received = new();

    private AgoraEmulator(WebApplication app, AgoraEmulatorOptions options)
    {
        _app = app;
        _basic = new BasicCredentials(options.CustomerId, options.CustomerSecret);
        var projects = new ProjectEndpoints(options.Apps.ToList());
        _routes = new Dictionary<(string, string), RequestDelegate>
        {
            [("GET", "/dev/v1/projects")] = projects.ListAsync,
        };
    }

    /// <summary>Where the emulator listens, for example <c>http://127.0.0.1:49731/</c>.</summary>
    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>Every request received so far, in order; credentials are never kept.</summary>
    public IReadOnlyList<ReceivedRequest> ReceivedRequests => _received.ToArray();

    /// <summary>Starts an emulator for the account in <paramref name="options"/>.</summary>
    /// <exception cref="ArgumentException">A required setting is missing; the message names it.</exception>
    public static async Task<AgoraEmulator> StartAsync(AgoraEmulatorOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();

        WebApplicationBuilder builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        WebApplication app = builder.Build();
        var emulator = new AgoraEmulator(app, options);
        app.Run(emulator.HandleAsync);
        await app.StartAsync(cancellationToken).ConfigureAwait(false);
        string address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        emulator.BaseAddress = new Uri(address.EndsWith('/') ? address : address + "/");
        return emulator;
    }

    private async Task HandleAsync(HttpContext context)
    {
        HttpRequest request = context.Request;
        string path = request.Path.Value ?? string.Empty;
        bool authenticated = _basic.Accepts(request);

        // As Agora's gateway: a route is matched before credentials are looked at.
        if (!_routes.TryGetValue((request.Method, path), out RequestDelegate? endpoint))
        {
            await GatewayAnswers.NoRouteAsync(context).ConfigureAwait(false);
        }
        else if (!authenticated)
        {
            await GatewayAnswers.InvalidCredentialsAsync(context).ConfigureAwait(false);
        }
        else
        {
            await endpoint(context).ConfigureAwait(false);
        }

        _received.Enqueue(new ReceivedRequest(
            request.Method, path, request.QueryString.Value ?? string.Empty, BasicCredentials.SchemeOf(request), authenticated, context.Response.StatusCode));
    }

    /// <summary>Stops listening.</summary>
    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync(CancellationToken.None).ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }
}
