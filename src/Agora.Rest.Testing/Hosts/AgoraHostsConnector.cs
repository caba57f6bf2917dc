using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Cryptography.X509Certificates;
using System.Threading;
using System.Threading.Tasks;
using Agora.Rest.Testing.Gateway;

namespace Agora.Rest.Testing.Hosts;

/// <summary>
/// How the hosts handler reaches Agora's hosts: every Agora host name leads to the emulator's TLS listener, or to the
/// failure a connection-level fault chose for it; any other name does not resolve. Each attempt is recorded, in order.
/// </summary>
internal sealed class AgoraHostsConnector
{
    private readonly EmulatorListeners _listeners;
    private readonly RefusedEndpoint _refused;
    private readonly FaultPlan _faults;
    private readonly ConcurrentQueue<HostConnection> _connections = new();

    public AgoraHostsConnector(EmulatorListeners listeners, RefusedEndpoint refused, FaultPlan faults)
    {
        _listeners = listeners;
        _refused = refused;
        _faults = faults;
    }

    /// <summary>Every connection opened or failed, in order.</summary>
    public IReadOnlyList<HostConnection> Connections => _connections.ToArray();

    /// <summary>Whether a connection-level fault waits for the next connection to <paramref name="host"/>.</summary>
    public bool AwaitsConnection(string host) => _faults.AwaitsConnection(host);

    /// <summary>A handler that connects through this connector; <paramref name="pooled"/> <see langword="false"/> opens a connection per request.</summary>
    public SocketsHttpHandler CreateSocketsHandler(bool pooled) => new()
    {
        ConnectCallback = ConnectAsync,
        SslOptions = new SslClientAuthenticationOptions { RemoteCertificateValidationCallback = TrustsServer },

        // A proxy's name is not one the emulator knows: with one configured, every call would fail to resolve it.
        UseProxy = false,

        // Generated clients follow redirects themselves, and decide which headers may go along.
        AllowAutoRedirect = false,
        PooledConnectionLifetime = pooled ? Timeout.InfiniteTimeSpan : TimeSpan.Zero,
    };

    private async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken cancellationToken)
    {
        string host = context.DnsEndPoint.Host.ToLowerInvariant();
        if (!AgoraDomains.IsAgoraHost(host))
        {
            // A name the emulator does not stand in for resolves nowhere, so nothing a test sends can leave the machine.
            throw NameNotResolved(host);
        }

        return _faults.TakeForConnection(host)?.ConnectionOutcome switch
        {
            HostConnectionOutcome.NameResolutionFailed => throw NameNotResolved(host),
            HostConnectionOutcome.Refused => await OpenAsync(host, _refused.EndPoint, HostConnectionOutcome.Refused, cancellationToken).ConfigureAwait(false),
            HostConnectionOutcome.TlsHandshakeFailed =>
                await OpenAsync(host, _listeners.UntrustedTlsEndPoint, HostConnectionOutcome.TlsHandshakeFailed, cancellationToken).ConfigureAwait(false),
            _ => await OpenAsync(host, _listeners.TlsEndPoint, HostConnectionOutcome.Connected, cancellationToken).ConfigureAwait(false),
        };
    }

    private SocketException NameNotResolved(string host)
    {
        _connections.Enqueue(new HostConnection(host, HostConnectionOutcome.NameResolutionFailed));

        // What the platform's resolver throws for a name it cannot find (same code, same text); SocketsHttpHandler wraps
        // it exactly as its own DNS failure, HttpRequestError.NameResolutionError with the host and port in the message.
        return new SocketException((int)SocketError.HostNotFound);
    }

    /// <summary>
    /// Opens a connection to <paramref name="endPoint"/> for <paramref name="host"/>, recording it as <paramref name="outcome"/>
    /// (what opening it amounts to: the TLS handshake, after this, is the handler's) or as refused.
    /// </summary>
    private async ValueTask<Stream> OpenAsync(string host, IPEndPoint endPoint, HostConnectionOutcome outcome, CancellationToken cancellationToken)
    {
        var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(endPoint, cancellationToken).ConfigureAwait(false);
        }
        catch (SocketException refused) when (refused.SocketErrorCode == SocketError.ConnectionRefused)
        {
            socket.Dispose();
            _connections.Enqueue(new HostConnection(host, HostConnectionOutcome.Refused));
            throw;
        }
        catch
        {
            socket.Dispose();
            throw;
        }

        // Recorded before the client sees the outcome, so a test reads it right after the call.
        _connections.Enqueue(new HostConnection(host, outcome));
        return new NetworkStream(socket, ownsSocket: true);
    }

    // Exactly the emulator's certificate, for the name asked for. Its chain is not trusted (it is self-signed), so chain
    // errors are expected; a default client, which trusts nothing self-signed, rejects it.
    private bool TrustsServer(object sender, X509Certificate? certificate, X509Chain? chain, SslPolicyErrors errors) =>
        certificate is not null
        && (errors & (SslPolicyErrors.RemoteCertificateNameMismatch | SslPolicyErrors.RemoteCertificateNotAvailable)) == 0
        && certificate.GetRawCertData().AsSpan().SequenceEqual(_listeners.Certificate.RawDataMemory.Span);
}
