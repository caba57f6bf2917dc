using System;
using System.Net.Http;
using System.Threading.Tasks;
using Agora.Rest.Services.ChannelManagement;
using Agora.Rest.Services.Tests.Infrastructure;

namespace Agora.Rest.Services.Tests.ChannelManagement;

/// <summary>The channel queries: route, query, Basic auth, and the typed answers.</summary>
public sealed class ChannelApiTests
{
    private static readonly string AppId = Guid.NewGuid().ToString("N");

    [Fact]
    public async Task ListChannelsAsync_gets_a_page_of_channels()
    {
        var handler = new RecordingHandler("""
            {"success":true,"data":{"channels":[{"channel_name":"lobby-7","user_count":3},{"channel_name":"stage","user_count":41}],"total_size":12}}
            """);
        var api = new ChannelApiClient(handler.NewHttpClient(), RecordingHandler.NewBasicCredentials());

        ChannelListResponse answer = await api.ListChannelsAsync(AppId, pageNo: 2, pageSize: 5);

        SentRequest sent = handler.Single;
        Assert.Equal(HttpMethod.Get, sent.Method);
        Assert.Equal($"https://api.agora.io/dev/v1/channel/{AppId}?page_no=2&page_size=5", sent.Uri.AbsoluteUri);
        Assert.Equal("Basic", sent.AuthorizationScheme);
        Assert.Null(sent.Body);

        Assert.True(answer.Success);
        Assert.Equal(12, answer.Data!.TotalSize);
        Assert.Collection(
            answer.Data.Channels!,
            c => Assert.Equal(("lobby-7", 3), (c.ChannelName, c.UserCount)),
            c => Assert.Equal(("stage", 41), (c.ChannelName, c.UserCount)));
    }

    [Fact]
    public async Task ListChannelsAsync_leaves_out_paging_it_was_not_given()
    {
        var handler = new RecordingHandler("""{"success":true,"data":{"channels":[],"total_size":0}}""");
        var api = new ChannelApiClient(handler.NewHttpClient(), RecordingHandler.NewBasicCredentials());

        ChannelListResponse answer = await api.ListChannelsAsync(AppId);

        Assert.Equal($"https://api.agora.io/dev/v1/channel/{AppId}", handler.Single.Uri.AbsoluteUri);
        Assert.Empty(answer.Data!.Channels!);
    }

    [Fact]
    public async Task ListUsersAsync_reads_a_live_broadcast_channel_with_uids_past_int_range()
    {
        var handler = new RecordingHandler("""
            {"success":true,"data":{"channel_exist":true,"mode":2,"broadcasters":[2206227541,2845863044],"audience":[906219905,4294967295],"audience_total":2}}
            """);
        var api = new ChannelApiClient(handler.NewHttpClient(), RecordingHandler.NewBasicCredentials());

        ChannelUsersResponse answer = await api.ListUsersAsync(AppId, "room 1");

        SentRequest sent = handler.Single;
        Assert.Equal(HttpMethod.Get, sent.Method);
        Assert.Equal($"https://api.agora.io/dev/v1/channel/user/{AppId}/room%201", sent.Uri.AbsoluteUri);
        Assert.Equal("Basic", sent.AuthorizationScheme);
        Assert.Null(sent.Body);

        ChannelUsers data = answer.Data!;
        Assert.True(data.ChannelExist);
        Assert.Equal(ChannelMode.LiveBroadcasting, data.Mode);
        Assert.Equal(new[] { 2206227541L, 2845863044L }, data.Broadcasters);
        Assert.Equal(new[] { 906219905L, 4294967295L }, data.Audience);
        Assert.Equal(2, data.AudienceTotal);
        Assert.Null(data.Users);
        Assert.Null(data.Total);
    }

    [Fact]
    public async Task ListUsersAsync_reads_a_communication_channel_and_sends_hosts_only_when_given()
    {
        var handler = new RecordingHandler("""{"success":true,"data":{"channel_exist":true,"mode":1,"total":2,"users":[17,3000000000]}}""");
        var api = new ChannelApiClient(handler.NewHttpClient(), RecordingHandler.NewBasicCredentials());

        ChannelUsersResponse answer = await api.ListUsersAsync(AppId, "call", hostsOnly: "true");

        Assert.Equal($"https://api.agora.io/dev/v1/channel/user/{AppId}/call?hosts_only=true", handler.Single.Uri.AbsoluteUri);
        Assert.Equal(ChannelMode.Communication, answer.Data!.Mode);
        Assert.Equal(2, answer.Data.Total);
        Assert.Equal(new[] { 17L, 3000000000L }, answer.Data.Users);
    }

    [Fact]
    public async Task ListUsersAsync_reads_a_channel_that_does_not_exist()
    {
        var handler = new RecordingHandler("""{"success":true,"data":{"channel_exist":false}}""");
        var api = new ChannelApiClient(handler.NewHttpClient(), RecordingHandler.NewBasicCredentials());

        ChannelUsersResponse answer = await api.ListUsersAsync(AppId, "gone");

        Assert.False(answer.Data!.ChannelExist);
        Assert.Null(answer.Data.Mode);
    }

    [Fact]
    public async Task ListHostsAsync_gets_the_hosts_route()
    {
        var handler = new RecordingHandler("""{"success":true,"data":{"channel_exist":true,"mode":2,"broadcasters":[574332,2845863044]}}""");
        var api = new ChannelApiClient(handler.NewHttpClient(), RecordingHandler.NewBasicCredentials());

        ChannelHostsResponse answer = await api.ListHostsAsync(AppId, "stage");

        SentRequest sent = handler.Single;
        Assert.Equal(HttpMethod.Get, sent.Method);
        Assert.Equal($"https://api.agora.io/dev/v1/channel/user/{AppId}/stage/hosts_only", sent.Uri.AbsoluteUri);
        Assert.Equal("Basic", sent.AuthorizationScheme);
        Assert.Null(sent.Body);

        Assert.True(answer.Success);
        Assert.True(answer.Data!.ChannelExist);
        Assert.Equal(ChannelMode.LiveBroadcasting, answer.Data.Mode);
        Assert.Equal(new[] { 574332L, 2845863044L }, answer.Data.Broadcasters);
    }

    [Fact]
    public async Task GetUserStatusAsync_puts_the_uid_before_the_channel_and_reads_role_and_platform()
    {
        var handler = new RecordingHandler("""
            {"success":true,"data":{"join":1640330382,"uid":2845863044,"in_channel":true,"platform":7,"role":2}}
            """);
        var api = new ChannelApiClient(handler.NewHttpClient(), RecordingHandler.NewBasicCredentials());

        UserStatusResponse answer = await api.GetUserStatusAsync(AppId, 2845863044, "stage");

        SentRequest sent = handler.Single;
        Assert.Equal(HttpMethod.Get, sent.Method);
        Assert.Equal($"https://api.agora.io/dev/v1/channel/user/property/{AppId}/2845863044/stage", sent.Uri.AbsoluteUri);
        Assert.Equal("Basic", sent.AuthorizationScheme);
        Assert.Null(sent.Body);

        UserStatus data = answer.Data!;
        Assert.True(data.InChannel);
        Assert.Equal(2845863044L, data.Uid);
        Assert.Equal(1640330382L, data.Join);
        Assert.Equal(UserRole.Host, data.Role);
        Assert.Equal(UserPlatform.Web, data.Platform);
    }

    [Fact]
    public async Task GetUserStatusAsync_reads_a_platform_Agora_has_not_listed_as_its_number()
    {
        var handler = new RecordingHandler("""{"success":true,"data":{"join":1700000000,"uid":5,"in_channel":true,"platform":11,"role":1}}""");
        var api = new ChannelApiClient(handler.NewHttpClient(), RecordingHandler.NewBasicCredentials());

        UserStatusResponse answer = await api.GetUserStatusAsync(AppId, 5, "call");

        Assert.Equal((UserPlatform)11, answer.Data!.Platform);
        Assert.Equal(UserRole.CommunicationUser, answer.Data.Role);
    }

    [Fact]
    public async Task GetUserStatusAsync_reads_a_user_who_is_not_in_the_channel()
    {
        var handler = new RecordingHandler("""{"success":true,"data":{"in_channel":false}}""");
        var api = new ChannelApiClient(handler.NewHttpClient(), RecordingHandler.NewBasicCredentials());

        UserStatusResponse answer = await api.GetUserStatusAsync(AppId, 9, "call");

        Assert.False(answer.Data!.InChannel);
        Assert.Null(answer.Data.Uid);
        Assert.Null(answer.Data.Role);
    }
}
