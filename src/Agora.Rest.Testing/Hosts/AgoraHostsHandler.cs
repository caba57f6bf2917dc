using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace Agora.Rest.Testing.Hosts;

/// <summary>
/// The handler <see cref="AgoraEmulator.CreateAgoraHostsHandler"/> returns: a <see cref="SocketsHttpHandler"/> that takes
/// Agora's host names to the emulator, with one check in front. While a connection-level fault waits for a host, that
/// host's requests go on fresh connections of their own, so the fault meets the next request even when a connection to
/// the host is pooled; the pooled connections are left alone and used again once the fault is spent.
/// </summary>
/// <remarks>
/// A host that goes down takes its open connections with it, which the pool would find out only on its next use of one;
/// the fault, injected for a host's next connection, would otherwise wait behind a pooled connection that still works.
/// </remarks>
internal sealed class AgoraHostsHandler : DelegatingHandler
{
    private readonly AgoraHostsConnector _connector;
    private readonly HttpMessageInvoker _freshConnections;

    public AgoraHostsHandler(AgoraHostsConnector connector)
        : base(connector.CreateSocketsHandler(pooled: true))
    {
        _connector = connector;
        _freshConnections = new HttpMessageInvoker(connector.CreateSocketsHandler(pooled: false), disposeHandler: true);
    }

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
        NeedsFreshConnection(request) ? _freshConnections.SendAsync(request, cancellationToken) : base.SendAsync(request, cancellationToken);

    protected override HttpResponseMessage Send(HttpRequestMessage request, CancellationToken cancellationToken) =>
        NeedsFreshConnection(request) ? _freshConnections.Send(request, cancellationToken) : base.Send(request, cancellationToken);

    private bool NeedsFreshConnection(HttpRequestMessage request) =>
        request.RequestUri is { IsAbsoluteUri: true } uri && _connector.AwaitsConnection(uri.IdnHost);

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _freshConnections.Dispose();
        }

        base.Dispose(disposing);
    }
}
