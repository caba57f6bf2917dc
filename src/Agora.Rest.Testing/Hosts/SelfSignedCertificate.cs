using System;
using System.Collections.Generic;
using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Agora.Rest.Testing.Hosts;

/// <summary>Server certificates the emulator makes for itself: self-signed, for the names it answers to, short-lived.</summary>
internal static class SelfSignedCertificate
{
    private const string ServerAuthentication = "1.3.6.1.5.5.7.3.1";

    /// <summary>
    /// A certificate for <paramref name="dnsNames"/>, <c>localhost</c> and 127.0.0.1, with its private key, valid from a day
    /// ago (a clock a little behind still accepts it) for a week (no test run lasts longer).
    /// </summary>
    public static X509Certificate2 Create(string subject, IEnumerable<string> dnsNames)
    {
        // ECDSA P-256: a key is made in well under a millisecond, where RSA takes tens of them.
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var subjectName = new X500DistinguishedNameBuilder();
        subjectName.AddCommonName(subject);
        var request = new CertificateRequest(subjectName.Build(), key, HashAlgorithmName.SHA256);

        var names = new SubjectAlternativeNameBuilder();
        foreach (string name in dnsNames)
        {
            names.AddDnsName(name);
        }

        names.AddDnsName("localhost");
        names.AddIpAddress(IPAddress.Loopback);
        request.CertificateExtensions.Add(names.Build());
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(certificateAuthority: false, hasPathLengthConstraint: false, 0, critical: true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature, critical: true));
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension(new OidCollection { new Oid(ServerAuthentication) }, critical: false));

        DateTimeOffset now = DateTimeOffset.UtcNow;
        X509Certificate2 certificate = request.CreateSelfSigned(now.AddDays(-1), now.AddDays(7));
        if (OperatingSystem.IsLinux())
        {
            return certificate;
        }

        // Windows' TLS stack cannot use a key that lives only in memory, nor can macOS's without a keychain: a PKCS#12
        // round trip gives the key a home there. Not on Linux, where OpenSSL takes the key as it is and the round trip
        // would cost tens of milliseconds.
        using (certificate)
        {
            return new X509Certificate2(certificate.Export(X509ContentType.Pkcs12));
        }
    }
}
