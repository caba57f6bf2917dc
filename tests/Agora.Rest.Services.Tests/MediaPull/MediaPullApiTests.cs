using System;
using System.Net.Http;
using System.Text.Json;
using System.Threading.Tasks;
using Agora.Rest.Services;
using Agora.Rest.Services.MediaPull;
using Agora.Rest.Services.MediaPush;
using Agora.Rest.Services.Tests.Infrastructure;

namespace Agora.Rest.Services.Tests.MediaPull;

public sealed class MediaPullApiTests
{
    private const string Host = "api.sd-rtn.com";

    private readonly string _appId = Guid.NewGuid().ToString("N");

    private static MediaPullApiClient NewClient(RecordingHandler handler) =>
        new(handler.NewHttpClient(), RecordingHandler.NewBasicCredentials());


    [Fact]
    public async Task CreatePlayer_posts_the_player_in_the_region_and_reads_its_id_and_state()
    {
        string token = Guid.NewGuid().ToString("N");
        string playerId = Guid.NewGuid().ToString("N");
        string requestId = Guid.NewGuid().ToString();
        var handler = new RecordingHandler($$"""
            { "player": { "uid": 4294967295, "id": "{{playerId}}", "createTs": 1575508644, "status": "running" },
              "fields": "player.uid,player.id,player.createTs,player.status" }
            """);
        var headers = new HeaderCapture(handler);
        var client = new MediaPullApiClient(headers.NewHttpClient(), RecordingHandler.NewBasicCredentials());
        var request = new CreatePlayerRequest
        {
            Player = new CloudPlayerConfig
            {
                AudioOptions = new PlayerAudioOptions { Profile = PlayerAudioProfile.SpeechStandard },
                VideoOptions = new PlayerVideoOptions
                {
                    Width = 1920, Height = 1080, FrameRate = 15, Bitrate = 400, Codec = "H.264", Gop = 2, FillMode = PlayerFillMode.Fill,
                },
                StreamUrl = "rtmp://example.agora.io/live/class32/101",
                ChannelName = "class32",
                Token = token,
                Uid = 4294967295,
                IdleTimeout = 300,
                Name = "test",
            },
        };

        CloudPlayerCreated created = await client.CreatePlayerAsync(StreamingRegion.Cn, _appId, request, streamIp: "198.51.100.3", requestId: requestId);

        SentRequest sent = handler.Single;
        Assert.Equal(HttpMethod.Post, sent.Method);
        Assert.Equal(Host, sent.Uri.Host);
        Assert.Equal($"/cn/v1/projects/{_appId}/cloud-player/players", sent.Uri.AbsolutePath);
        Assert.Equal("?streamIp=198.51.100.3", sent.Uri.Query);
        Assert.Equal("Basic", sent.AuthorizationScheme);
        Assert.Equal(requestId, headers.Single("X-Request-ID"));
        sent.AssertJsonBody($$"""
            { "player": {
                "audioOptions": { "profile": 1 },
                "videoOptions": { "width": 1920, "height": 1080, "frameRate": 15, "bitrate": 400, "codec": "H.264", "gop": 2, "fillMode": "fill" },
                "streamUrl": "rtmp://example.agora.io/live/class32/101",
                "channelName": "class32",
                "token": "{{token}}",
                "uid": 4294967295,
                "idleTimeout": 300,
                "name": "test" } }
            """);

        Assert.Equal(4294967295, created.Player!.Uid);
        Assert.Equal(playerId, created.Player.Id);
        Assert.Equal(1575508644, created.Player.CreateTs);
        Assert.Equal(PlayerStatus.Running, created.Player.Status);
        Assert.Equal("player.uid,player.id,player.createTs,player.status", created.Fields);
    }

    [Fact]
    public async Task CreatePlayer_sends_an_account_encryption_and_on_demand_settings()
    {
        var handler = new RecordingHandler("""{ "player": { "uid": 0, "id": "p2", "createTs": 1700000000, "status": "idle" }, "fields": "player.uid,player.id,player.createTs,player.status" }""");
        string key = Guid.NewGuid().ToString("N");
        string salt = Convert.ToBase64String(Guid.NewGuid().ToByteArray());

        CloudPlayerCreated created = await NewClient(handler).CreatePlayerAsync(
            StreamingRegion.Eu,
            _appId,
            new CreatePlayerRequest
            {
                Player = new CloudPlayerConfig
                {
                    ChannelName = "class 68",
                    Account = "player-one",
                    StreamUrl = "https://example.com/vod.mp4",
                    PlayTs = 1700000100,
                    EncryptMode = PlayerEncryptionMode.Aes256Gcm2,
                    EncryptKey = key,
                    EncryptKdfSalt = salt,
                    RepeatTime = -1,
                    SeekPosition = 40,
                    DataStreamOptions = new PlayerDataStreamOptions { Enable = true },
                    Tempo = 1.25,
                    AudioOptions = new PlayerAudioOptions { Volume = 120, Profile = PlayerAudioProfile.MusicHighQuality },
                    VideoOptions = new PlayerVideoOptions { WidthHeightAdaption = true },
                },
            });

        SentRequest sent = handler.Single;
        Assert.Equal($"/eu/v1/projects/{_appId}/cloud-player/players", sent.Uri.AbsolutePath);
        Assert.Equal(string.Empty, sent.Uri.Query);
        sent.AssertJsonBody($$"""
            { "player": {
                "channelName": "class 68", "account": "player-one", "streamUrl": "https://example.com/vod.mp4", "playTs": 1700000100,
                "encryptMode": "aes-256-gcm2", "encryptKey": "{{key}}", "encryptKdfSalt": "{{salt}}",
                "repeatTime": -1, "seekPosition": 40, "dataStreamOptions": { "enable": true }, "tempo": 1.25,
                "audioOptions": { "volume": 120, "profile": 4 }, "videoOptions": { "widthHeightAdaption": true } } }
            """);
        Assert.Equal(PlayerStatus.Idle, created.Player!.Status);
    }

    [Fact]
    public async Task UpdatePlayer_patches_with_the_required_sequence()
    {
        string playerId = Guid.NewGuid().ToString("N");
        var handler = new RecordingHandler(string.Empty);

        await NewClient(handler).UpdatePlayerAsync(
            StreamingRegion.Ap, _appId, playerId, 0,
            new UpdatePlayerRequest
            {
                Player = new CloudPlayerUpdate
                {
                    AudioOptions = new PlayerAudioOptions { Volume = 10 },
                    IsPause = false,
                    StreamUrl = "http://example",
                    SeekPosition = 40,
                    Tempo = 0.75,
                },
            });

        SentRequest sent = handler.Single;
        Assert.Equal(HttpMethod.Patch, sent.Method);
        Assert.Equal($"/ap/v1/projects/{_appId}/cloud-player/players/{playerId}", sent.Uri.AbsolutePath);
        Assert.Equal("?sequence=0", sent.Uri.Query);
        Assert.Equal("Basic", sent.AuthorizationScheme);
        sent.AssertJsonBody("""
            { "player": { "audioOptions": { "volume": 10 }, "isPause": false, "streamUrl": "http://example", "seekPosition": 40, "tempo": 0.75 } }
            """);
    }

    [Fact]
    public async Task UpdatePlayer_sends_a_large_sequence_as_an_invariant_number()
    {
        var handler = new RecordingHandler(string.Empty);
        var previous = System.Globalization.CultureInfo.CurrentCulture;
        System.Globalization.CultureInfo.CurrentCulture = System.Globalization.CultureInfo.GetCultureInfo("de-DE");
        try
        {
            await NewClient(handler).UpdatePlayerAsync(
                StreamingRegion.Na, _appId, "p1", 12345678901, new UpdatePlayerRequest { Player = new CloudPlayerUpdate { IsPause = true } });
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = previous;
        }

        Assert.Equal($"/na/v1/projects/{_appId}/cloud-player/players/p1", handler.Single.Uri.AbsolutePath);
        Assert.Equal("?sequence=12345678901", handler.Single.Uri.Query);
        handler.Single.AssertJsonBody("""{ "player": { "isPause": true } }""");
    }

    [Fact]
    public async Task ListPlayers_filters_by_channel_pages_and_reads_the_players()
    {
        string pageToken = Guid.NewGuid().ToString("N");
        var handler = new RecordingHandler("""
            { "totalSize": 10,
              "players": [
                { "name": "class32_101", "streamUrl": "rtmp://example.agora.io/live/class32/101", "channelName": "class32", "uid": 101,
                  "id": "2a784467d647bb87b60b719f6fa56317", "createTs": 1575508644, "status": "running" },
                { "name": "class68_422", "streamUrl": "rtmp://example.agora.io/live/class68/422", "channelName": "class68", "account": "acc-422",
                  "id": "7b60b719f6fa563172a784467d647bb8", "createTs": 1575508647, "status": "connecting" },
                { "name": "fresh", "id": "p3", "createTs": 1575508650 } ],
              "fields": "player.name,player.streamUrl,player.channelName,player.uid,player.id,player.createTs,player.status",
              "nextPageToken": "7b60b7ab" }
            """);

        CloudPlayerList list = await NewClient(handler).ListPlayersAsync(_appId, filter: PlayerListFilter.ByChannel("class32"), pageSize: 2, pageToken: pageToken);

        SentRequest sent = handler.Single;
        Assert.Equal(HttpMethod.Get, sent.Method);
        Assert.Equal(Host, sent.Uri.Host);
        Assert.Equal($"/v1/projects/{_appId}/cloud-player/players", sent.Uri.AbsolutePath);
        Assert.Equal($"?filter=channelName%20eq%20class32&pageSize=2&pageToken={pageToken}", sent.Uri.Query);
        Assert.Equal("Basic", sent.AuthorizationScheme);
        Assert.Null(sent.Body);

        Assert.Equal(10, list.TotalSize);
        Assert.Equal("7b60b7ab", list.NextPageToken);
        Assert.True(list.HasMorePages);
        Assert.Equal("player.name,player.streamUrl,player.channelName,player.uid,player.id,player.createTs,player.status", list.Fields);
        Assert.Collection(
            list.Players!,
            first =>
            {
                Assert.Equal(("class32_101", "rtmp://example.agora.io/live/class32/101", "class32"), (first.Name, first.StreamUrl, first.ChannelName));
                Assert.Equal((101L, "2a784467d647bb87b60b719f6fa56317", 1575508644L), (first.Uid!.Value, first.Id, first.CreateTs!.Value));
                Assert.Equal(PlayerStatus.Running, first.Status);
            },
            second =>
            {
                Assert.Null(second.Uid);
                Assert.Equal("acc-422", second.Account);
                Assert.Equal(PlayerStatus.Connecting, second.Status);
            },
            partial =>
            {
                Assert.Equal(("fresh", "p3", 1575508650L), (partial.Name, partial.Id, partial.CreateTs!.Value));
                Assert.Null(partial.Status);
                Assert.Null(partial.StreamUrl);
            });
    }

    [Theory]
    [InlineData("""{ "totalSize": 0, "players": [], "nextPageToken": "" }""")]
    [InlineData("""{ "totalSize": 1, "players": [ { "id": "p", "status": "failed" } ], "nextPageToken": "0" }""")]
    [InlineData("""{ "totalSize": 0, "players": [] }""")]
    public async Task ListPlayers_first_page_sends_no_paging_and_an_empty_or_zero_token_ends_the_list(string answer)
    {
        var handler = new RecordingHandler(answer);

        CloudPlayerList list = await NewClient(handler).ListPlayersAsync(_appId);

        Assert.Equal(string.Empty, handler.Single.Uri.Query);
        Assert.False(list.HasMorePages);
    }

    [Fact]
    public async Task DeletePlayer_deletes_in_the_creation_region_with_no_body()
    {
        string playerId = Guid.NewGuid().ToString("N");
        var handler = new RecordingHandler(string.Empty);

        await NewClient(handler).DeletePlayerAsync(StreamingRegion.Na, _appId, playerId);

        SentRequest sent = handler.Single;
        Assert.Equal(HttpMethod.Delete, sent.Method);
        Assert.Equal($"/na/v1/projects/{_appId}/cloud-player/players/{playerId}", sent.Uri.AbsolutePath);
        Assert.Equal(string.Empty, sent.Uri.Query);
        Assert.Equal("Basic", sent.AuthorizationScheme);
        Assert.Null(sent.Body);
    }

    [Fact]
    public async Task GetNotificationServerIps_gets_the_hosts()
    {
        var handler = new RecordingHandler("""{ "data": { "service": { "hosts": [ { "primaryIP": "203.0.113.50" }, { "primaryIP": "203.0.113.51" } ] } } }""");

        NotificationServerIpsResponse ips = await NewClient(handler).GetNotificationServerIpsAsync();

        SentRequest sent = handler.Single;
        Assert.Equal(HttpMethod.Get, sent.Method);
        Assert.Equal(Host, sent.Uri.Host);
        Assert.Equal("/v1/ncs/ip", sent.Uri.AbsolutePath);
        Assert.Equal("Basic", sent.AuthorizationScheme);
        Assert.Null(sent.Body);
        Assert.Equal(2, ips.Data!.Service!.Hosts!.Count);
        Assert.Equal("203.0.113.51", ips.Data.Service.Hosts[1].PrimaryIp);
    }

    [Fact]
    public void Values_read_known_and_unknown_wire_forms()
    {
        CloudPlayerCreated created = JsonSerializer.Deserialize("""{ "player": { "status": "stopping" } }""", AgoraServicesJson.Default.CloudPlayerCreated)!;
        Assert.Equal(new PlayerStatus("stopping"), created.Player!.Status);
        Assert.Equal("failed", PlayerStatus.Failed.ToString());
        Assert.Equal("sm4-128-ecb", PlayerEncryptionMode.Sm4128Ecb.Value);
        Assert.Equal("aes-128-gcm2", PlayerEncryptionMode.Aes128Gcm2.Value);
        Assert.Equal("fit", PlayerFillMode.Fit.Value);
        Assert.Equal(2, (int)PlayerAudioProfile.MusicStandard);
    }
}
