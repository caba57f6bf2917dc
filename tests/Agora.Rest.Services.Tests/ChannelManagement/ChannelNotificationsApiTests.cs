using System.Net.Http;
using System.Threading.Tasks;
using Agora.Rest.Services;
using Agora.Rest.Services.ChannelManagement;
using Agora.Rest.Services.Tests.Infrastructure;

namespace Agora.Rest.Services.Tests.ChannelManagement;

/// <summary>The Notifications servers' IP addresses.</summary>
public sealed class ChannelNotificationsApiTests
{
    [Fact]
    public async Task GetNotificationServerIpsAsync_gets_the_addresses_to_allowlist()
    {
        var handler = new RecordingHandler("""
            {"data":{"service":{"hosts":[{"primaryIP":"198.51.100.14"},{"primaryIP":"203.0.113.201"}]}}}
            """);
        var api = new ChannelNotificationsApiClient(handler.NewHttpClient(), RecordingHandler.NewBasicCredentials());

        NotificationServerIpsResponse answer = await api.GetNotificationServerIpsAsync();

        SentRequest sent = handler.Single;
        Assert.Equal(HttpMethod.Get, sent.Method);
        Assert.Equal("https://api.agora.io/v2/ncs/ip", sent.Uri.AbsoluteUri);
        Assert.Equal("Basic", sent.AuthorizationScheme);
        Assert.Null(sent.Body);

        Assert.Collection(
            answer.Data!.Service!.Hosts!,
            h => Assert.Equal("198.51.100.14", h.PrimaryIp),
            h => Assert.Equal("203.0.113.201", h.PrimaryIp));
        Assert.Equal(new[] { "198.51.100.14", "203.0.113.201" }, answer.PrimaryIps());
    }

    [Fact]
    public void PrimaryIps_is_empty_when_the_answer_has_no_hosts()
    {
        Assert.Empty(new NotificationServerIpsResponse().PrimaryIps());
    }
}
