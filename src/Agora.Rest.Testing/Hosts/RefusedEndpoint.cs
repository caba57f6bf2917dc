using System;
using System.Net;
using System.Net.Sockets;

namespace Agora.Rest.Testing.Hosts;

/// <summary>
/// A port on 127.0.0.1 where a connection is always refused by the machine itself: a socket bound there that never
/// listens. Holding the port bound, rather than closing it after noting its number, keeps anything else from being given
/// it later, so a refusal stays a refusal for the emulator's lifetime.
/// </summary>
internal sealed class RefusedEndpoint : IDisposable
{
    private readonly Socket _bound;

    public RefusedEndpoint()
    {
        _bound = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        _bound.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        EndPoint = (IPEndPoint)_bound.LocalEndPoint!;
    }

    public IPEndPoint EndPoint { get; }

    public void Dispose() => _bound.Dispose();
}
