using System;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.Sockets;
using System.Security.Authentication;
using System.Security.Cryptography.X509Certificates;
using System.Threading.Tasks;
using Xunit;

namespace Agora.Rest.Testing.Tests;

/// <summary>The emulator as Agora's hosts: every host name answers over TLS through the hosts handler, and nothing else does.</summary>
public sealed class AgoraHostsTests : EmulatorTest
{
    public AgoraHostsTests()
        : base(clockStart: null, "Alpha")
    {
    }

    [Fact]
    public async Task Every_Agora_host_answers_over_TLS_through_the_hosts_handler_and_the_log_names_it()
    {
        using HttpMessageHandler handler = Emulator.CreateAgoraHostsHandler();

        foreach (string host in AgoraDomains.AllHosts)
        {
            using var http = new HttpClient(handler, disposeHandler: false) { BaseAddress = new Uri($"https://{host}/") };
            Assert.Single((await new ProjectApiClient(http, Credentials, SendOnce).ListProjectsAsync()).Projects);
        }

        await Emulator.WaitForRequestsAsync(AgoraDomains.AllHosts.Count);
        Assert.Equal(AgoraDomains.AllHosts, Emulator.ReceivedRequests.Select(r => r.Host));
        Assert.All(Emulator.ReceivedRequests, r => Assert.Equal(("/dev/v1/projects", "Basic", true, 200), (r.Path, r.Authentication, r.Authenticated, r.Status)));
        Assert.Equal(AgoraDomains.AllHosts.Select(host => new HostConnection(host, HostConnectionOutcome.Connected)), Emulator.Connections);
    }

    [Fact]
    public async Task The_hosts_client_has_no_base_address_so_a_generated_client_calls_its_own_host()
    {
        using HttpClient http = Emulator.CreateAgoraHostsClient();

        Assert.Null(http.BaseAddress);
        Assert.Single((await new ProjectApiClient(http, Credentials, SendOnce).ListProjectsAsync()).Projects);
        await Emulator.WaitForRequestsAsync(1);
        Assert.Equal("api.agora.io", Assert.Single(Emulator.ReceivedRequests).Host);
    }

    [Fact]
    public async Task A_name_that_is_not_Agora_s_fails_as_a_name_that_does_not_resolve_and_nothing_connects()
    {
        using HttpClient http = Emulator.CreateAgoraHostsClient();

        HttpRequestException error = await Assert.ThrowsAsync<HttpRequestException>(() => http.GetAsync("https://api.agora.com/dev/v1/projects"));

        Assert.Equal(HttpRequestError.NameResolutionError, error.HttpRequestError);
        Assert.Equal(SocketError.HostNotFound, Assert.IsType<SocketException>(error.InnerException).SocketErrorCode);
        Assert.Equal(new[] { new HostConnection("api.agora.com", HostConnectionOutcome.NameResolutionFailed) }, Emulator.Connections);
        Assert.Empty(Emulator.ReceivedRequests);
    }

    [Fact]
    public async Task A_default_client_does_not_trust_the_emulator_s_certificate()
    {
        using var http = new HttpClient();

        HttpRequestException error = await Assert.ThrowsAsync<HttpRequestException>(() => http.GetAsync(new Uri(Emulator.HttpsBaseAddress, "dev/v1/projects")));

        Assert.Equal(HttpRequestError.SecureConnectionError, error.HttpRequestError);
        Assert.IsType<AuthenticationException>(error.InnerException);
        Assert.Empty(Emulator.ReceivedRequests);
    }

    [Fact]
    public async Task The_certificate_is_self_signed_for_every_Agora_host_and_127_0_0_1_and_valid_from_yesterday_for_a_week()
    {
        X509Certificate2? presented = null;
        using var inspecting = new SocketsHttpHandler { UseProxy = false };
        inspecting.SslOptions.RemoteCertificateValidationCallback = (_, certificate, _, _) =>
        {
            presented = new X509Certificate2(certificate!);
            return true;
        };
        using var http = new HttpClient(inspecting) { BaseAddress = Emulator.HttpsBaseAddress };

        Assert.Single((await new ProjectApiClient(http, Credentials, SendOnce).ListProjectsAsync()).Projects);

        using X509Certificate2 certificate = presented!;
        var names = certificate.Extensions.OfType<X509SubjectAlternativeNameExtension>().Single();
        Assert.Equal(AgoraDomains.AllHosts.Append("localhost").Order(StringComparer.Ordinal), names.EnumerateDnsNames().Order(StringComparer.Ordinal));
        Assert.Equal(new[] { IPAddress.Loopback }, names.EnumerateIPAddresses());
        Assert.Equal(certificate.Subject, certificate.Issuer);
        Assert.Equal("1.2.840.10045.2.1", certificate.GetKeyAlgorithm()); // ECDSA
        Assert.InRange(certificate.NotBefore.ToUniversalTime(), DateTime.UtcNow.AddDays(-2), DateTime.UtcNow.AddHours(-12));
        Assert.InRange(certificate.NotAfter.ToUniversalTime(), DateTime.UtcNow.AddDays(6), DateTime.UtcNow.AddDays(8));
        await Emulator.WaitForRequestsAsync(1);
        Assert.Equal("127.0.0.1", Assert.Single(Emulator.ReceivedRequests).Host);
    }

    [Fact]
    public async Task Both_listeners_serve_one_emulator_and_the_log_tells_them_apart()
    {
        string appId = Account.Apps[0].AppId;
        using HttpClient hosts = Emulator.CreateAgoraHostsClient();
        var overTls = new KickingRuleApiClient(hosts, Credentials, SendOnce);
        var overPlainHttp = new KickingRuleApiClient(Http, Credentials, SendOnce);

        RuleCreated created = await overTls.CreateAsync(new NewRule(appId, "stage", 42, 10, new[] { "join_channel" }));
        RuleList listed = await overPlainHttp.ListAsync(appId);

        Assert.Equal(created.Id, Assert.Single(listed.Rules).Id);
        await Emulator.WaitForRequestsAsync(2);
        Assert.Equal(new[] { ("POST", "api.agora.io"), ("GET", "127.0.0.1") }, Emulator.ReceivedRequests.Select(r => (r.Method, r.Host)));
        Assert.Equal(new ReceivedRequest("GET", "/dev/v1/kicking-rule", $"?appid={appId}", "Basic", true, 200), Emulator.ReceivedRequests[1]);
    }
}
