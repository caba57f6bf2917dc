using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Threading.Tasks;
using Agora.Rest.Services.MediaPull;
using Agora.Rest.Services.MediaPush;
using Agora.Rest.Services.Tests.Infrastructure;
using Agora.Rest.Testing;

namespace Agora.Rest.Services.Tests.MediaPull;

// The Media Pull client over sockets against the emulator, at its declared host (api.sd-rtn.com routed to it):
// cloud players created, listed page by page, updated with increasing sequences and deleted, and the documented failures.
public sealed class MediaPullEmulatorTests : IAsyncLifetime
{
    private const string AppId = "970CA35de60c44645bbae8a215061b33";
    private readonly AgoraEmulatorOptions _account = TestAccount.New(appName: "Media");
    private AgoraEmulator _emulator = null!;
    private HttpClient _http = null!;
    private MediaPullApiClient _api = null!;

    public async Task InitializeAsync()
    {
        _emulator = await AgoraEmulator.StartAsync(_account);
        _http = _emulator.CreateAgoraHostsClient();
        _api = new MediaPullApiClient(_http, AgoraCredentials.Basic(_account.CustomerId, _account.CustomerSecret), new AgoraClientOptions { Retry = { MaxRetryAttempts = 0 } });
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _emulator.DisposeAsync();
    }

    private static CreatePlayerRequest Player(string channel, long? uid = null, string? account = null, string? name = null) => new()
    {
        Player = new CloudPlayerConfig
        {
            ChannelName = channel, Uid = uid, Account = account, Name = name, StreamUrl = "rtmp://example.agora.io/live/" + channel, IdleTimeout = 300,
        },
    };

    [Fact]
    public async Task A_created_player_is_listed_with_its_settings_and_uid_zero_gets_an_assigned_uid()
    {
        CloudPlayerCreated created = await _api.CreatePlayerAsync(StreamingRegion.Cn, AppId, Player("class32", uid: 101, name: "class32_101"));
        CloudPlayerCreated assigned = await _api.CreatePlayerAsync(StreamingRegion.Eu, AppId, Player("class68", uid: 0));

        CloudPlayerList list = await _api.ListPlayersAsync(AppId);

        Assert.Equal(101, created.Player!.Uid);
        Assert.Equal(PlayerStatus.Running, created.Player.Status);
        Assert.NotEqual(0, assigned.Player!.Uid);
        Assert.Equal(2, list.TotalSize);
        Assert.False(list.HasMorePages);
        CloudPlayerInfo first = list.Players![0];
        Assert.Equal((created.Player.Id, "class32_101", "class32", "rtmp://example.agora.io/live/class32", 101L), (first.Id, first.Name, first.ChannelName, first.StreamUrl, first.Uid));
        Assert.Equal(assigned.Player.Uid, list.Players[1].Uid);
    }

    [Fact]
    public async Task A_player_with_an_account_is_listed_with_it()
    {
        await _api.CreatePlayerAsync(StreamingRegion.Ap, AppId, Player("class9", account: "injector-1"));

        CloudPlayerInfo listed = Assert.Single((await _api.ListPlayersAsync(AppId)).Players!);

        Assert.Equal("injector-1", listed.Account);
    }

    [Fact]
    public async Task Create_without_uid_or_account_is_400()
    {
        AgoraApiException error = await Assert.ThrowsAsync<AgoraApiException>(() => _api.CreatePlayerAsync(StreamingRegion.Cn, AppId, Player("class32")));

        Assert.Equal(HttpStatusCode.BadRequest, error.StatusCode);
        Assert.Contains("uid or player.account", error.ErrorMessage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(-1L)]
    [InlineData(4294967296L)]
    public async Task Create_with_a_uid_outside_32_bits_is_400(long uid)
    {
        AgoraApiException error = await Assert.ThrowsAsync<AgoraApiException>(() => _api.CreatePlayerAsync(StreamingRegion.Cn, AppId, Player("class32", uid: uid)));

        Assert.Equal(HttpStatusCode.BadRequest, error.StatusCode);
        Assert.Contains("4294967295", error.ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_in_a_region_agora_does_not_have_is_400()
    {
        AgoraApiException error = await Assert.ThrowsAsync<AgoraApiException>(() => _api.CreatePlayerAsync(new StreamingRegion("CN"), AppId, Player("class32", uid: 1)));

        Assert.Equal(HttpStatusCode.BadRequest, error.StatusCode);
        Assert.Contains("region", error.ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_second_player_with_a_name_already_used_in_the_project_is_409()
    {
        await _api.CreatePlayerAsync(StreamingRegion.Cn, AppId, Player("class32", uid: 1, name: "main"));

        AgoraApiException error = await Assert.ThrowsAsync<AgoraApiException>(() => _api.CreatePlayerAsync(StreamingRegion.Na, AppId, Player("class33", uid: 2, name: "main")));

        Assert.Equal(HttpStatusCode.Conflict, error.StatusCode);
        Assert.Contains("main", error.ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Update_pauses_the_player_and_a_sequence_not_above_the_last_is_refused()
    {
        string id = (await _api.CreatePlayerAsync(StreamingRegion.Cn, AppId, Player("class32", uid: 7))).Player!.Id!;
        var pause = new UpdatePlayerRequest { Player = new CloudPlayerUpdate { IsPause = true, StreamUrl = "https://example.agora.io/backup.m3u8" } };

        await _api.UpdatePlayerAsync(StreamingRegion.Cn, AppId, id, 3, pause);
        AgoraApiException stale = await Assert.ThrowsAsync<AgoraApiException>(() => _api.UpdatePlayerAsync(StreamingRegion.Cn, AppId, id, 3, pause));
        CloudPlayerInfo listed = Assert.Single((await _api.ListPlayersAsync(AppId)).Players!);

        Assert.Equal(PlayerStatus.Idle, listed.Status);
        Assert.Equal("https://example.agora.io/backup.m3u8", listed.StreamUrl);
        Assert.Equal(HttpStatusCode.BadRequest, stale.StatusCode);
        Assert.Contains("sequence", stale.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Update_in_another_region_than_the_players_is_404_with_a_reason()
    {
        string id = (await _api.CreatePlayerAsync(StreamingRegion.Cn, AppId, Player("class32", uid: 7))).Player!.Id!;

        AgoraApiException error = await Assert.ThrowsAsync<AgoraApiException>(
            () => _api.UpdatePlayerAsync(StreamingRegion.Eu, AppId, id, 0, new UpdatePlayerRequest { Player = new CloudPlayerUpdate { IsPause = false } }));

        Assert.Equal(HttpStatusCode.NotFound, error.StatusCode);
        Assert.Equal("Resource is not found and destroyed.", error.Reason);
    }

    [Fact]
    public async Task A_deleted_player_leaves_the_list_deletes_again_and_can_no_longer_be_updated()
    {
        string id = (await _api.CreatePlayerAsync(StreamingRegion.Na, AppId, Player("class32", uid: 7))).Player!.Id!;

        await _api.DeletePlayerAsync(StreamingRegion.Na, AppId, id);
        await _api.DeletePlayerAsync(StreamingRegion.Na, AppId, id);
        CloudPlayerList list = await _api.ListPlayersAsync(AppId);
        AgoraApiException update = await Assert.ThrowsAsync<AgoraApiException>(
            () => _api.UpdatePlayerAsync(StreamingRegion.Na, AppId, id, 1, new UpdatePlayerRequest { Player = new CloudPlayerUpdate { IsPause = true } }));

        Assert.Equal(0, list.TotalSize);
        Assert.Equal(HttpStatusCode.NotFound, update.StatusCode);
    }

    [Fact]
    public async Task Deleting_a_player_that_never_existed_is_404()
    {
        AgoraApiException error = await Assert.ThrowsAsync<AgoraApiException>(() => _api.DeletePlayerAsync(StreamingRegion.Cn, AppId, "2a784467d647bb87b60b719f6fa56317"));

        Assert.Equal(HttpStatusCode.NotFound, error.StatusCode);
        Assert.NotNull(error.ErrorMessage);
    }

    [Fact]
    public async Task The_list_pages_with_next_page_tokens_and_filters_by_channel()
    {
        for (int i = 1; i <= 5; i++)
        {
            await _api.CreatePlayerAsync(StreamingRegion.Cn, AppId, Player(i % 2 == 0 ? "even" : "odd", uid: i));
        }

        var uids = new List<long>();
        CloudPlayerList page = await _api.ListPlayersAsync(AppId, pageSize: 2);
        int pages = 1;
        uids.AddRange(page.Players!.Select(p => p.Uid!.Value));
        while (page.HasMorePages)
        {
            page = await _api.ListPlayersAsync(AppId, pageSize: 2, pageToken: page.NextPageToken);
            uids.AddRange(page.Players!.Select(p => p.Uid!.Value));
            pages++;
        }

        CloudPlayerList even = await _api.ListPlayersAsync(AppId, filter: PlayerListFilter.ByChannel("even"));

        Assert.Equal(3, pages);
        Assert.Equal([1L, 2, 3, 4, 5], uids);
        Assert.Equal(5, page.TotalSize);
        Assert.Equal([2L, 4], even.Players!.Select(p => p.Uid!.Value));
    }

    [Theory]
    [InlineData("name eq class32", null)]
    [InlineData(null, 501)]
    public async Task The_list_refuses_an_unsupported_filter_or_page_size_with_400(string? filter, int? pageSize)
    {
        AgoraApiException error = await Assert.ThrowsAsync<AgoraApiException>(() => _api.ListPlayersAsync(AppId, filter: filter, pageSize: pageSize));

        Assert.Equal(HttpStatusCode.BadRequest, error.StatusCode);
        Assert.NotNull(error.ErrorMessage);
    }

    [Fact]
    public async Task The_list_with_wrong_credentials_is_401()
    {
        var stranger = new MediaPullApiClient(_http, AgoraCredentials.Basic("someone", "else"), new AgoraClientOptions { Retry = { MaxRetryAttempts = 0 } });

        AgoraApiException error = await Assert.ThrowsAsync<AgoraApiException>(() => stranger.ListPlayersAsync(AppId));

        Assert.Equal(HttpStatusCode.Unauthorized, error.StatusCode);
    }
}
