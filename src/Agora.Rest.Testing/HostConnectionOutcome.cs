namespace Agora.Rest.Testing;

/// <summary>How a connection the hosts handler tried to open ended; see <see cref="HostConnection"/>.</summary>
public enum HostConnectionOutcome
{
    /// <summary>The connection was opened to the emulator, which answers as the host.</summary>
    Connected,

    /// <summary>The name did not resolve: no connection was attempted (an injected fault, or a name that is not Agora's).</summary>
    NameResolutionFailed,

    /// <summary>The connection was refused by the machine: nothing listens where the name led.</summary>
    Refused,

    /// <summary>The TCP connection was made, then the TLS handshake failed: the certificate presented is not the emulator's.</summary>
    TlsHandshakeFailed,
}
