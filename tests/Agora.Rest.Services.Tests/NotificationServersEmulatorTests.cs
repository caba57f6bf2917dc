using System;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Threading.Tasks;
using Agora.Rest.Services.ChannelManagement;
using Agora.Rest.Services.CloudRecording;
using Agora.Rest.Services.CloudTranscoding;
using Agora.Rest.Services.MediaGateway;
using Agora.Rest.Services.MediaPull;
using Agora.Rest.Services.MediaPush;
using Agora.Rest.Services.Tests.Infrastructure;
using Agora.Rest.Testing;

namespace Agora.Rest.Services.Tests;

// Every service's GetNotificationServerIpsAsync over sockets against the emulator, at the client's declared host:
// the one shared answer {"data":{"service":{"hosts":[{"primaryIP":…}]}}} from GET /v1/ncs/ip or /v2/ncs/ip, and
// the gateway's 401 for wrong credentials (the routes document no error of their own).
public sealed class NotificationServersEmulatorTests : IAsyncLifetime
{
    private readonly AgoraEmulatorOptions _account = TestAccount.New(appName: "Alpha");
    private AgoraEmulator _emulator = null!;
    private HttpClient _http = null!;

    public async Task InitializeAsync()
    {
        _emulator = await AgoraEmulator.StartAsync(_account);
        _http = _emulator.CreateAgoraHostsClient();
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _emulator.DisposeAsync();
    }

    [Theory]
    [InlineData("CloudRecording", "api.sd-rtn.com", "/v1/ncs/ip")]
    [InlineData("ChannelManagement", "api.agora.io", "/v2/ncs/ip")]
    [InlineData("MediaGateway", "api.agora.io", "/v2/ncs/ip")]
    [InlineData("CloudTranscoding", "api.sd-rtn.com", "/v1/ncs/ip")]
    [InlineData("MediaPush", "api.sd-rtn.com", "/v1/ncs/ip")]
    [InlineData("MediaPull", "api.sd-rtn.com", "/v1/ncs/ip")]
    public async Task The_service_s_client_reads_the_notification_servers_addresses(string service, string host, string path)
    {
        NotificationServerIpsResponse answer = await GetAsync(service, AgoraCredentials.Basic(_account.CustomerId, _account.CustomerSecret));

        Assert.Equal(AgoraEmulator.NotificationServerIps, answer.PrimaryIps());
        Assert.Equal(2, answer.Data!.Service!.Hosts!.Count);
        ReceivedRequest sent = Assert.Single(_emulator.ReceivedRequests);
        Assert.Equal(("GET", host, path, 200), (sent.Method, sent.Host, sent.Path, sent.Status));
    }

    [Theory]
    [InlineData("CloudRecording")]
    [InlineData("ChannelManagement")]
    [InlineData("MediaGateway")]
    [InlineData("CloudTranscoding")]
    [InlineData("MediaPush")]
    [InlineData("MediaPull")]
    public async Task Wrong_credentials_get_the_gateway_s_401(string service)
    {
        AgoraApiException error = await Assert.ThrowsAsync<AgoraApiException>(
            () => GetAsync(service, AgoraCredentials.Basic(_account.CustomerId, Guid.NewGuid().ToString("N"))));

        Assert.Equal(HttpStatusCode.Unauthorized, error.StatusCode);
        Assert.Equal("Invalid authentication credentials", error.ErrorMessage);
        Assert.False(Assert.Single(_emulator.ReceivedRequests).Authenticated);
    }

    [Fact]
    public void The_addresses_are_in_the_documentation_ranges()
    {
        Assert.All(AgoraEmulator.NotificationServerIps, ip => Assert.True(
            new[] { "198.51.100.", "203.0.113.", "192.0.2." }.Any(range => ip.StartsWith(range, StringComparison.Ordinal)) && IPAddress.TryParse(ip, out _),
            ip));
    }

    private Task<NotificationServerIpsResponse> GetAsync(string service, AgoraCredentials credentials)
    {
        var once = new AgoraClientOptions { Retry = { MaxRetryAttempts = 0 } };
        return service switch
        {
            "CloudRecording" => new CloudRecordingNotificationsApiClient(_http, credentials, once).GetNotificationServerIpsAsync(),
            "ChannelManagement" => new ChannelNotificationsApiClient(_http, credentials, once).GetNotificationServerIpsAsync(),
            "MediaGateway" => new MediaGatewayApiClient(_http, credentials, once).GetNotificationServerIpsAsync(),
            "CloudTranscoding" => new CloudTranscodingApiClient(_http, credentials, once).GetNotificationServerIpsAsync(),
            "MediaPush" => new MediaPushApiClient(_http, credentials, once).GetNotificationServerIpsAsync(),
            "MediaPull" => new MediaPullApiClient(_http, credentials, once).GetNotificationServerIpsAsync(),
            _ => throw new ArgumentOutOfRangeException(nameof(service), service, "not a service with a notification-servers route"),
        };
    }
}
