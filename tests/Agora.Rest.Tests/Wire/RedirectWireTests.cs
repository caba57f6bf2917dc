using System;
using System.Collections.Generic;
using System.Net;
using System.Net.Http;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Threading.Tasks;
using Agora.Rest.Tests.Apis;
using Microsoft.Extensions.DependencyInjection;

namespace Agora.Rest.Tests.Wire;

/// <summary>
/// Redirects between two real Kestrel servers (two origins: same host, other port): credentials of every scheme
/// stay within the origin the request was sent to; https never hops to http; same-origin redirects keep working.
/// </summary>
public sealed class RedirectWireTests : IAsyncLifetime
{
    private static readonly string[] CredentialHeaders = { "Authorization", "x-agora-token", "x-agora-uid" };

    private RecordingServer _origin = null!;
    private RecordingServer _elsewhere = null!;

    public async Task InitializeAsync()
    {
        _origin = await RecordingServer.StartAsync();
        _elsewhere = await RecordingServer.StartAsync();
        _elsewhere.Respond(Answer);
    }

    public async Task DisposeAsync()
    {
        await _origin.DisposeAsync();
        await _elsewhere.DisposeAsync();
    }

    /// <summary>One call per scheme, each through a client whose handler leaves redirects to the generated code.</summary>
    public static IEnumerable<object[]> Schemes() => new[]
    {
        new object[] { "Basic" },
        new object[] { "AccessToken2" },
        new object[] { "AccessToken" },
    };

    private static PlannedResponse Answer(RecordedRequest request) => request.RawTarget.Contains("/rtm/", StringComparison.Ordinal)
        ? PlannedResponse.Json("""{"result":"success","request_id":"r","events":[]}""")
        : PlannedResponse.Json("""{"success":true,"data":{"channels":[],"total_size":0}}""");

    private static Task CallAsync(string scheme, HttpClient http) => scheme switch
    {
        "Basic" => new ChannelApiClient(http, AgoraCredentials.Basic(Secrets.RandomHex(), Secrets.RandomHex())).ListChannelsAsync("app"),
        "AccessToken2" => new SignalingApiClient(http, AgoraCredentials.Token(Secrets.RandomToken())).GetUserEventsAsync("app"),
        _ => new LegacySignalingApiClient(http, AgoraCredentials.Token(Secrets.RandomToken(), "42")).GetUserEventsAsync("app").AsTask(),
    };

    private static HttpClient WithoutAutoRedirect(Uri baseAddress, SocketsHttpHandler? handler = null)
    {
        handler ??= new SocketsHttpHandler();
        handler.AllowAutoRedirect = false;
        return new HttpClient(handler) { BaseAddress = baseAddress };
    }

    private static PlannedResponse RedirectTo(Uri target, int status) =>
        new(status, Headers: new Dictionary<string, string> { ["Location"] = target.ToString() });

    [Theory]
    [MemberData(nameof(Schemes))]
    public async Task A_redirect_to_another_origin_carries_no_credentials_of_any_scheme(string scheme)
    {
        foreach (int status in new[] { 301, 302, 307, 308 })
        {
            _origin.Respond(request => RedirectTo(new Uri(_elsewhere.BaseAddress, request.RawTarget), status));
            using HttpClient http = WithoutAutoRedirect(_origin.BaseAddress);

            await CallAsync(scheme, http);
        }

        Assert.Equal(4, _elsewhere.Requests.Count);
        Assert.All(_origin.Requests, request => Assert.Contains(CredentialHeaders, request.HasHeader));
        Assert.All(_elsewhere.Requests, request => Assert.DoesNotContain(CredentialHeaders, request.HasHeader));
    }

    [Theory]
    [MemberData(nameof(Schemes))]
    public async Task A_redirect_within_the_origin_keeps_the_credentials(string scheme)
    {
        _origin.Respond(request => request.RawTarget.StartsWith("/moved", StringComparison.Ordinal)
            ? Answer(request)
            : RedirectTo(new Uri(_origin.BaseAddress, "/moved" + request.RawTarget), 307));
        using HttpClient http = WithoutAutoRedirect(_origin.BaseAddress);

        await CallAsync(scheme, http);

        Assert.Equal(2, _origin.Requests.Count);
        Assert.Equal(
            string.Join("|", Array.ConvertAll(CredentialHeaders, h => _origin.Requests[0].Header(h))),
            string.Join("|", Array.ConvertAll(CredentialHeaders, h => _origin.Requests[1].Header(h))));
        Assert.Contains(CredentialHeaders, _origin.Requests[1].HasHeader);
    }

    [Fact]
    public async Task A_POST_redirected_within_the_origin_keeps_its_body_with_307_and_becomes_a_GET_with_302()
    {
        var rule = new KickingRule("app", "stage", 5, new[] { "join_channel" });
        using HttpClient http = WithoutAutoRedirect(_origin.BaseAddress);
        var api = new ChannelApiClient(http, AgoraCredentials.Basic(Secrets.RandomHex(), Secrets.RandomHex()));
        int status = 307;
        _origin.Respond(request => request.RawTarget.StartsWith("/moved", StringComparison.Ordinal)
            ? PlannedResponse.Json("""{"status":"success","id":7}""")
            : RedirectTo(new Uri(_origin.BaseAddress, "/moved" + request.RawTarget), status));

        await api.CreateKickingRuleAsync(rule);
        status = 302;
        await api.CreateKickingRuleAsync(rule);

        Assert.Equal(("POST", _origin.Requests[0].BodyText), (_origin.Requests[1].Method, _origin.Requests[1].BodyText));
        Assert.Equal(("GET", 0, false), (_origin.Requests[3].Method, _origin.Requests[3].Body.Length, _origin.Requests[3].HasHeader("Transfer-Encoding")));
    }

    [Fact]
    public async Task A_body_never_follows_a_redirect_to_another_origin()
    {
        // A body can hold keys of its own: a recording's storage secret, an agent's model key.
        using HttpClient http = WithoutAutoRedirect(_origin.BaseAddress);
        var api = new ChannelApiClient(http, AgoraCredentials.Basic(Secrets.RandomHex(), Secrets.RandomHex()));
        _origin.Respond(request => RedirectTo(new Uri(_elsewhere.BaseAddress, request.RawTarget), 308));

        HttpRequestException error = await Assert.ThrowsAsync<HttpRequestException>(
            () => api.CreateKickingRuleAsync(new KickingRule("app", "stage", 5, new[] { "join_channel" })));

        Assert.Contains("redirected with its body", error.Message, StringComparison.Ordinal);
        Assert.Empty(_elsewhere.Requests);
    }

    [Fact]
    public async Task A_303_turns_a_POST_into_a_GET_without_body_even_across_origins()
    {
        using HttpClient http = WithoutAutoRedirect(_origin.BaseAddress);
        var api = new ChannelApiClient(http, AgoraCredentials.Basic(Secrets.RandomHex(), Secrets.RandomHex()));
        _origin.Respond(request => RedirectTo(new Uri(_elsewhere.BaseAddress, request.RawTarget), 303));
        _elsewhere.Respond(PlannedResponse.Json("""{"status":"success","id":7}"""));

        await api.CreateKickingRuleAsync(new KickingRule("app", "stage", 5, new[] { "join_channel" }));

        Assert.Equal(("GET", 0), (_elsewhere.Single.Method, _elsewhere.Single.Body.Length));
        Assert.DoesNotContain(CredentialHeaders, _elsewhere.Single.HasHeader);
    }

    [Fact]
    public async Task A_redirect_loop_stops_after_ten_hops()
    {
        _origin.Respond(request => RedirectTo(new Uri(_origin.BaseAddress, request.RawTarget), 302));
        using HttpClient http = WithoutAutoRedirect(_origin.BaseAddress);

        HttpRequestException error = await Assert.ThrowsAsync<HttpRequestException>(() => CallAsync("Basic", http));

        Assert.Contains("redirected more than 10 times", error.Message, StringComparison.Ordinal);
        Assert.Equal(11, _origin.Requests.Count);
    }

    [Theory]
    [MemberData(nameof(Schemes))]
    public async Task A_redirect_from_https_to_http_is_refused_before_anything_is_sent(string scheme)
    {
        using X509Certificate2 certificate = SelfSignedLoopbackCertificate();
        await using RecordingServer secure = await RecordingServer.StartAsync(certificate);
        secure.Respond(request => RedirectTo(new Uri(_elsewhere.BaseAddress, request.RawTarget), 302));
        var handler = new SocketsHttpHandler();
        handler.SslOptions.RemoteCertificateValidationCallback = (_, presented, _, _) => presented is not null && presented.GetCertHashString() == certificate.GetCertHashString();
        using HttpClient http = WithoutAutoRedirect(secure.BaseAddress, handler);

        HttpRequestException error = await Assert.ThrowsAsync<HttpRequestException>(() => CallAsync(scheme, http));

        Assert.Contains("redirected from https to http://127.0.0.1", error.Message, StringComparison.Ordinal);
        Assert.Single(secure.Requests);
        Assert.Empty(_elsewhere.Requests);
    }

    [Fact]
    public async Task With_the_handler_s_own_redirects_the_legacy_scheme_fails_loudly_and_Basic_loses_only_Authorization()
    {
        _origin.Respond(request => RedirectTo(new Uri(_elsewhere.BaseAddress, request.RawTarget), 302));
        using var http = new HttpClient { BaseAddress = _origin.BaseAddress };

        HttpRequestException legacy = await Assert.ThrowsAsync<HttpRequestException>(() => CallAsync("AccessToken", http));
        await CallAsync("Basic", http);

        Assert.Contains("AllowAutoRedirect = false", legacy.Message, StringComparison.Ordinal);
        // What the handler did on its own, and why the generated registrations turn it off: the legacy pair went along.
        Assert.True(_elsewhere.Requests[0].HasHeader("x-agora-token"));
        Assert.False(_elsewhere.Requests[1].HasHeader("Authorization"));
    }

    [Fact]
    public async Task Typed_clients_from_IHttpClientFactory_leave_redirects_to_the_generated_code()
    {
        _origin.Respond(request => RedirectTo(new Uri(_elsewhere.BaseAddress, request.RawTarget), 302));
        var services = new ServiceCollection();
        services.AddLegacySignalingApiClient(AgoraCredentials.Token(Secrets.RandomToken(), "42"))
            .ConfigureHttpClient(http => http.BaseAddress = _origin.BaseAddress);
        await using ServiceProvider provider = services.BuildServiceProvider();

        await provider.GetRequiredService<ILegacySignalingApi>().GetUserEventsAsync("app");

        Assert.True(_origin.Single.HasHeader("x-agora-token"));
        Assert.DoesNotContain(CredentialHeaders, _elsewhere.Single.HasHeader);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_primary_handler_configured_before_or_after_the_registration_still_leaves_redirects_to_the_generated_code(bool handlerFirst)
    {
        _origin.Respond(request => RedirectTo(new Uri(_elsewhere.BaseAddress, request.RawTarget), 302));
        var services = new ServiceCollection();
        IHttpClientBuilder client = handlerFirst
            ? services.AddHttpClient(nameof(ILegacySignalingApi)).ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AllowAutoRedirect = true })
            : services.AddLegacySignalingApiClient(AgoraCredentials.Token(Secrets.RandomToken(), "42"));
        if (handlerFirst)
        {
            services.AddLegacySignalingApiClient(AgoraCredentials.Token(Secrets.RandomToken(), "42"));
        }
        else
        {
            // A primary handler of the caller's, after the registration: it follows redirects unless turned off again.
            client.ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AllowAutoRedirect = true });
        }

        services.AddHttpClient(nameof(ILegacySignalingApi)).ConfigureHttpClient(http => http.BaseAddress = _origin.BaseAddress);
        await using ServiceProvider provider = services.BuildServiceProvider();

        await provider.GetRequiredService<ILegacySignalingApi>().GetUserEventsAsync("app");

        Assert.True(_origin.Single.HasHeader("x-agora-token"));
        Assert.DoesNotContain(CredentialHeaders, _elsewhere.Single.HasHeader);
    }

    [Fact]
    public async Task The_HttpClient_s_version_and_version_policy_reach_the_first_request_and_every_hop()
    {
        _origin.Respond(request => request.RawTarget.StartsWith("/moved", StringComparison.Ordinal)
            ? Answer(request)
            : RedirectTo(new Uri(_origin.BaseAddress, "/moved" + request.RawTarget), 307));
        var seen = new List<(Version Version, HttpVersionPolicy Policy)>();
        using var http = new HttpClient(new VersionSpy(seen, new SocketsHttpHandler { AllowAutoRedirect = false }))
        {
            BaseAddress = _origin.BaseAddress,
            // Neither is HttpRequestMessage's own default (1.1, or lower), and together they still end in HTTP/1.1 here.
            DefaultRequestVersion = HttpVersion.Version10,
            DefaultVersionPolicy = HttpVersionPolicy.RequestVersionOrHigher,
        };

        await CallAsync("Basic", http);

        // The netstandard2.0 build cannot read the HttpClient's defaults, so its requests keep HttpRequestMessage's own.
        (Version, HttpVersionPolicy) expected = LibraryBuild.IsNetStandard
            ? (HttpVersion.Version11, HttpVersionPolicy.RequestVersionOrLower)
            : (HttpVersion.Version10, HttpVersionPolicy.RequestVersionOrHigher);
        Assert.Equal(2, _origin.Requests.Count);
        Assert.Equal(new[] { expected, expected }, seen);
    }

    /// <summary>Notes the version and policy of each request the generated code hands to the pipeline.</summary>
    private sealed class VersionSpy(List<(Version, HttpVersionPolicy)> seen, HttpMessageHandler inner) : DelegatingHandler(inner)
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, System.Threading.CancellationToken cancellationToken)
        {
            seen.Add((request.Version, request.VersionPolicy));
            return base.SendAsync(request, cancellationToken);
        }
    }

    private static X509Certificate2 SelfSignedLoopbackCertificate()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=127.0.0.1", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        request.CertificateExtensions.Add(names.Build());
        using X509Certificate2 created = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddHours(1));
        // Kestrel on Linux needs the private key in an exportable, loaded form.
        return X509CertificateLoader.LoadPkcs12(created.Export(X509ContentType.Pkcs12), password: null);
    }
}
