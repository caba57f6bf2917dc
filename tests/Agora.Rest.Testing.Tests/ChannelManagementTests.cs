using System;
using System.Linq;
using System.Net;
using System.Threading.Tasks;
using Xunit;

namespace Agora.Rest.Testing.Tests;

/// <summary>Channel queries and ban rules as state the emulator keeps, through generated clients over real HTTP.</summary>
public sealed class ChannelManagementTests : EmulatorTest
{
    public ChannelManagementTests()
        : base(new DateTimeOffset(2026, 11, 28, 12, 0, 0, TimeSpan.Zero), "Alpha")
    {
    }

    private string AppId => Account.Apps[0].AppId;

    [Fact]
    public async Task Channels_are_listed_by_name_with_their_user_counts_a_page_at_a_time()
    {
        foreach ((string channel, int users) in new[] { ("c", 1), ("a", 3), ("b", 2) })
        {
            for (int uid = 1; uid <= users; uid++)
            {
                Emulator.AddUser(AppId, channel, uid);
            }
        }

        var api = new ChannelApiClient(Http, Credentials);

        ChannelListAnswer first = await api.ListAsync(AppId, page: 0, pageSize: 2);
        ChannelListAnswer second = await api.ListAsync(AppId, page: 1, pageSize: 2);

        Assert.True(first.Success);
        Assert.Equal(new[] { new ChannelSummary("a", 3), new ChannelSummary("b", 2) }, first.Data.Channels);
        Assert.Equal(new[] { new ChannelSummary("c", 1) }, second.Data.Channels);
        Assert.Equal(3, first.Data.TotalSize);
    }

    [Fact]
    public async Task A_channel_s_users_are_listed_in_uid_order_and_an_empty_channel_does_not_exist()
    {
        Emulator.AddUser(AppId, "room 1", 9);
        Emulator.AddUser(AppId, "room 1", 3);
        var api = new ChannelApiClient(Http, Credentials);

        UserListAnswer room = await api.UsersAsync(AppId, "room 1");
        UserListAnswer empty = await api.UsersAsync(AppId, "nobody-here");

        Assert.Equal((true, 1, 2), (room.Data.ChannelExist, room.Data.Mode, room.Data.Total));
        Assert.Equal(new long[] { 3, 9 }, room.Data.Users);
        Assert.False(empty.Data.ChannelExist);
        Assert.Null(empty.Data.Users);
    }

    [Fact]
    public async Task A_live_broadcast_channel_lists_broadcasters_and_audience_and_hosts_only_lists_broadcasters()
    {
        Emulator.AddHost(AppId, "show", 7);
        Emulator.AddAudience(AppId, "show", 30);
        Emulator.AddAudience(AppId, "show", 20);
        var api = new ChannelApiClient(Http, Credentials);

        LiveUserList all = (await api.LiveUsersAsync(AppId, "show")).Data;
        LiveUserList hostsByQuery = (await api.LiveUsersAsync(AppId, "show", hostsOnly: string.Empty)).Data;
        LiveUserList hostsByPath = (await api.HostsAsync(AppId, "show")).Data;

        Assert.Equal((true, 2, 2), (all.ChannelExist, all.Mode, all.AudienceTotal));
        Assert.Equal(new long[] { 7 }, all.Broadcasters);
        Assert.Equal(new long[] { 20, 30 }, all.Audience);
        Assert.All(new[] { hostsByQuery, hostsByPath }, hosts =>
        {
            Assert.Equal(new long[] { 7 }, hosts.Broadcasters);
            Assert.Null(hosts.Audience);
        });
        Assert.Equal(3, Assert.Single((await api.ListAsync(AppId)).Data.Channels).UserCount);
    }

    [Fact]
    public void A_channel_cannot_mix_communication_users_with_hosts_and_audience()
    {
        Emulator.AddUser(AppId, "call", 1);

        var error = Assert.Throws<InvalidOperationException>(() => Emulator.AddHost(AppId, "call", 2));

        Assert.Contains("communication channel", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_user_property_tells_role_and_join_time_or_that_the_user_is_not_in_the_channel()
    {
        DateTimeOffset joined = Time.GetUtcNow();
        Emulator.AddHost(AppId, "show", 7);
        Emulator.AddAudience(AppId, "show", 20);
        Emulator.AddUser(AppId, "call", 5);
        Time.Advance(TimeSpan.FromMinutes(3));
        var api = new ChannelApiClient(Http, Credentials);

        UserProperty host = (await api.UserPropertyAsync(AppId, 7, "show")).Data;
        UserProperty audience = (await api.UserPropertyAsync(AppId, 20, "show")).Data;
        UserProperty caller = (await api.UserPropertyAsync(AppId, 5, "call")).Data;
        UserProperty absent = (await api.UserPropertyAsync(AppId, 5, "show")).Data;

        Assert.Equal((true, 7L, joined.ToUnixTimeSeconds(), 2), (host.InChannel, host.Uid, host.Join, host.Role));
        Assert.Equal(3, audience.Role);
        Assert.Equal(1, caller.Role);
        Assert.False(absent.InChannel);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(501)]
    public async Task A_page_size_outside_1_to_500_is_refused(int pageSize)
    {
        var api = new ChannelApiClient(Http, Credentials);

        AgoraApiException error = await Assert.ThrowsAsync<AgoraApiException>(() => api.ListAsync(AppId, pageSize: pageSize));

        Assert.Equal(HttpStatusCode.BadRequest, error.StatusCode);
    }

    [Fact]
    public async Task An_unknown_app_id_is_answered_invalid_appid()
    {
        var api = new ChannelApiClient(Http, Credentials);

        AgoraApiException error = await Assert.ThrowsAsync<AgoraApiException>(() => api.ListAsync(EmulatorAccount.RandomHex()));

        Assert.Equal(HttpStatusCode.BadRequest, error.StatusCode);
        Assert.Equal("invalid appid", error.ErrorMessage);
    }

    [Fact]
    public async Task A_join_ban_kicks_the_user_lists_until_it_lapses_and_can_be_extended_or_deleted()
    {
        Emulator.AddUser(AppId, "stage", 42);
        Emulator.AddUser(AppId, "stage", 7);
        var channels = new ChannelApiClient(Http, Credentials);
        var rules = new KickingRuleApiClient(Http, Credentials);

        RuleCreated created = await rules.CreateAsync(new NewRule(AppId, "stage", 42, 10, new[] { "join_channel" }));

        Assert.Equal("success", created.Status);
        Assert.Equal(new[] { new ChannelSummary("stage", 1) }, (await channels.ListAsync(AppId)).Data.Channels);
        ListedRule listed = Assert.Single((await rules.ListAsync(AppId)).Rules);
        Assert.Equal((created.Id, 42L, "stage", "2026-11-28T12:10:00Z"), (listed.Id, listed.Uid!.Value, listed.Cname!, listed.Ts));

        RuleUpdated extended = await rules.ExtendAsync(new RuleExtension(AppId, created.Id, 30));
        Assert.Equal("2026-11-28T12:30:00Z", extended.Result.Ts);

        Time.Advance(TimeSpan.FromMinutes(31));
        Assert.Empty((await rules.ListAsync(AppId)).Rules);

        AgoraResponse<RuleCreated> deleted = await rules.DeleteAsync(new RuleReference(AppId, created.Id));
        Assert.True(deleted.IsSuccessStatusCode);
        AgoraResponse<RuleCreated> again = await rules.DeleteAsync(new RuleReference(AppId, created.Id));
        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
    }

    [Theory]
    [InlineData(1441, "join_channel")]
    [InlineData(-1, "join_channel")]
    [InlineData(10, "leave_channel")]
    public async Task Rules_outside_the_documented_bounds_are_refused_and_not_stored(int minutes, string privilege)
    {
        var rules = new KickingRuleApiClient(Http, Credentials);

        AgoraApiException error = await Assert.ThrowsAsync<AgoraApiException>(() => rules.CreateAsync(new NewRule(AppId, "stage", 42, minutes, new[] { privilege })));

        Assert.Equal(HttpStatusCode.BadRequest, error.StatusCode);
        Assert.Empty((await rules.ListAsync(AppId)).Rules);
    }
}
