using System.Net.Http;
using System.Threading.Tasks;
using Agora.Rest.Services;
using Agora.Rest.Services.CloudRecording;
using Agora.Rest.Services.Tests.Infrastructure;

namespace Agora.Rest.Services.Tests.CloudRecording;

public sealed class CloudRecordingNotificationsApiTests
{
    [Fact]
    public async Task GetNotificationServerIps_gets_v1_ncs_ip_and_reads_the_primary_ips()
    {
        var handler = new RecordingHandler("""
            {"data":{"service":{"hosts":[{"primaryIP":"203.0.113.7"},{"primaryIP":"198.51.100.23","backupIP":"198.51.100.24"}]}}}
            """);
        var api = new CloudRecordingNotificationsApiClient(handler.NewHttpClient(), RecordingHandler.NewBasicCredentials());

        NotificationServerIpsResponse answer = await api.GetNotificationServerIpsAsync();

        SentRequest sent = RecordingIds.AssertSent(handler, HttpMethod.Get, "/v1/ncs/ip");
        Assert.Null(sent.Body);
        Assert.Equal("203.0.113.7", answer.Data!.Service!.Hosts![0].PrimaryIp);
        Assert.Equal(["203.0.113.7", "198.51.100.23"], answer.PrimaryIps());
    }

}
