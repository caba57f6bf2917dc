using System;
using System.Net;
using System.Security.Cryptography.X509Certificates;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.AspNetCore.Server.Kestrel.Https;

namespace Agora.Rest.Testing.Hosts;

/// <summary>
/// The emulator's Kestrel listeners, each on 127.0.0.1 at a free port: plain HTTP (<see cref="AgoraEmulator.BaseAddress"/>);
/// TLS with the emulator's own certificate, where the hosts handler takes Agora's host names; and a TLS endpoint whose
/// certificate nobody trusts, where a connection meets a TLS handshake failure and goes no further.
/// </summary>
/// <remarks>
/// The certificates are made on their first handshake, not at start: an emulator that only ever serves
/// <see cref="AgoraEmulator.BaseAddress"/> pays nothing for them.
/// </remarks>
internal sealed class EmulatorListeners : IDisposable
{
    private readonly Lazy<X509Certificate2> _certificate =
        new(() => SelfSignedCertificate.Create("Agora REST emulator", AgoraDomains.AllHosts));

    // The same names, so that the handshake fails for one reason only: this is not the emulator's certificate.
    private readonly Lazy<X509Certificate2> _untrustedCertificate =
        new(() => SelfSignedCertificate.Create("Agora REST emulator, untrusted", AgoraDomains.AllHosts));

    private ListenOptions? _plain;
    private ListenOptions? _tls;
    private ListenOptions? _untrustedTls;

    /// <summary>The certificate the TLS listener presents, made on first use.</summary>
    public X509Certificate2 Certificate => _certificate.Value;

    /// <summary>Where plain HTTP is served; known once the server has started.</summary>
    public IPEndPoint PlainEndPoint => BoundEndPoint(_plain);

    /// <summary>Where HTTPS is served under the emulator's certificate; known once the server has started.</summary>
    public IPEndPoint TlsEndPoint => BoundEndPoint(_tls);

    /// <summary>Where every TLS handshake fails for a client that trusts the emulator's certificate only.</summary>
    public IPEndPoint UntrustedTlsEndPoint => BoundEndPoint(_untrustedTls);

    public void Configure(KestrelServerOptions kestrel)
    {
        kestrel.Listen(IPAddress.Loopback, 0, listen => _plain = listen);
        kestrel.Listen(IPAddress.Loopback, 0, listen =>
        {
            _tls = listen;
            listen.UseHttps(new HttpsConnectionAdapterOptions { ServerCertificateSelector = (_, _) => _certificate.Value });
        });
        kestrel.Listen(IPAddress.Loopback, 0, listen =>
        {
            _untrustedTls = listen;
            listen.UseHttps(new HttpsConnectionAdapterOptions { ServerCertificateSelector = (_, _) => _untrustedCertificate.Value });

            // Ends the connection after a handshake instead of serving HTTP: only a client that trusts any certificate
            // gets this far, and it should not find the emulator here.
            listen.Use(static _ => static _ => Task.CompletedTask);
        });
    }

    // Kestrel writes the port it was given in place of port 0 once it has bound.
    private static IPEndPoint BoundEndPoint(ListenOptions? listen) =>
        listen?.IPEndPoint ?? throw new InvalidOperationException("The emulator's server has not been configured.");

    public void Dispose()
    {
        if (_certificate.IsValueCreated)
        {
            _certificate.Value.Dispose();
        }

        if (_untrustedCertificate.IsValueCreated)
        {
            _untrustedCertificate.Value.Dispose();
        }
    }
}
