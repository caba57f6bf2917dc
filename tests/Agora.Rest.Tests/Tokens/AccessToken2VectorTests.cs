using System;
using System.Collections.Generic;
using System.Linq;
using Agora.Rest.Tokens;
using static Agora.Rest.Tests.Tokens.OfficialVectors;

namespace Agora.Rest.Tests.Tokens;

/// <summary>
/// Agora's published AccessToken2 vectors: each parses and verifies, and building from the same inputs gives
/// byte-identical content (the strings differ only by compressor).
/// </summary>
public sealed class AccessToken2VectorTests
{
    private static readonly TokenIssue Issue = new(IssueTimestamp, Salt);

    public static TheoryData<string, string> Vectors()
    {
        var data = new TheoryData<string, string>();
        void Add(string name, params string[] tokens)
        {
            foreach (string token in tokens)
            {
                data.Add(name, token);
            }
        }

        Add(nameof(RtcUid), RtcUid);
        Add(nameof(RtcUid0), RtcUid0);
        Add(nameof(Rtm), OfficialVectors.Rtm);
        Add(nameof(ChatUser), ChatUser);
        Add(nameof(ChatApp), ChatApp);
        Add(nameof(MultiCSharp), MultiCSharp);
        Add(nameof(MultiGo), MultiGo);
        Add(nameof(RtcRtm), RtcRtm);
        Add(nameof(MultiPython), MultiPython);
        Add(nameof(ApaasRoomUser), ApaasRoomUser);
        Add(nameof(ApaasUser), ApaasUser);
        Add(nameof(ApaasApp), ApaasApp);
        Add(nameof(ExtendedServices), ExtendedServices);
        Add(nameof(RepeatedServices), RepeatedServices);
        return data;
    }

    [Theory]
    [MemberData(nameof(Vectors))]
    public void Every_official_token_parses_and_verifies(string vector, string token)
    {
        AccessToken2 parsed = AccessToken2.Parse(token);

        Assert.True(parsed.VerifySignature(AppCertificate), vector);
        Assert.False(parsed.VerifySignature("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"), vector);
        Assert.Equal(AppId, parsed.AppId);
        Assert.Equal(IssueTimestamp, parsed.IssueTimestamp);
        Assert.Equal(Expire, parsed.ExpireSeconds);
        Assert.Equal(Salt, parsed.Salt);
        Assert.NotEmpty(parsed.Services);
    }

    [Theory]
    [MemberData(nameof(Vectors))]
    public void Building_from_the_same_inputs_gives_the_official_content(string vector, string token)
    {
        string ours = BuildLike(vector);

        Assert.Equal(TokenBytes.Hex(TokenBytes.Inflate(token)), TokenBytes.Hex(TokenBytes.Inflate(ours)));
        Assert.StartsWith("007eJ", ours, StringComparison.Ordinal);
    }

    [Fact]
    public void The_content_matches_the_published_hex_byte_for_byte()
    {
        Assert.Equal(RtcUidContentHex, TokenBytes.Hex(TokenBytes.Inflate(BuildLike(nameof(RtcUid)))));
        Assert.Equal(RtcUid0ContentHex, TokenBytes.Hex(TokenBytes.Inflate(BuildLike(nameof(RtcUid0)))));
        Assert.Equal(RtmContentHex, TokenBytes.Hex(TokenBytes.Inflate(BuildLike(nameof(Rtm)))));
    }

    [Fact]
    public void Parsing_exposes_every_service_field()
    {
        var rtc = Assert.IsType<RtcService>(AccessToken2.Parse(RtcUid[0]).Services.Single());
        Assert.Equal(Channel, rtc.ChannelName);
        Assert.Equal(UidText, rtc.Uid);
        Assert.Equal(new TokenPrivilege(1, 600), rtc.Privileges.Single());

        AccessToken2 extended = AccessToken2.Parse(ExtendedServices);
        Assert.Equal(new[] { AgoraTokenService.Streaming, AgoraTokenService.Fcdn, AgoraTokenService.Rtm2 }, extended.Services.Select(s => s.Type));
        var streaming = (StreamingService)extended.Services[0];
        Assert.Equal((Channel, UidText), (streaming.ChannelName, streaming.Account));
        var rtm2 = (Rtm2Service)extended.Services[2];
        Assert.Equal(UserId, rtm2.UserId);
        Assert.Equal(
            "MessageChannel Read: message-a, message-b|StreamChannel Write: stream-a|User Read: user-a",
            string.Join("|", rtm2.Permissions));

        var apaas = (ApaasService)AccessToken2.Parse(ApaasRoomUser).Services[2];
        Assert.Equal(("123", UidText, (short)1), (apaas.RoomUuid, apaas.UserUuid, apaas.Role));
        var chat = (ChatService)AccessToken2.Parse(ApaasRoomUser).Services[1];
        Assert.Equal("6063383428a36fba3fb6030becf8094e", chat.UserId);
    }

    [Fact]
    public void Times_are_relative_to_the_issue_time()
    {
        AccessToken2 token = AccessToken2.Parse(RtcUid[1]);

        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(IssueTimestamp), token.IssuedAt);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(IssueTimestamp + 600), token.ExpiresAt);
        Assert.Equal(token.ExpiresAt, token.GetExpiry(token.Services[0].Privileges[0]));
    }

    /// <summary>The builder call that reproduces each vector's inputs.</summary>
    private static string BuildLike(string vector) => vector switch
    {
        nameof(RtcUid) => AccessToken2.Build(AppId, AppCertificate, Expire, new[] { new RtcService(Channel, Uid).AddPrivilege(RtcPrivilege.JoinChannel, 600) }, Issue),
        nameof(RtcUid0) => RtcTokenBuilder2.BuildTokenWithUid(AppId, AppCertificate, Channel, 0, RtcTokenRole.Subscriber, Expire, 600, Issue),
        nameof(Rtm) => RtmTokenBuilder2.BuildToken(AppId, AppCertificate, UserId, Expire, Issue),
        nameof(ChatUser) => ChatTokenBuilder2.BuildUserToken(AppId, AppCertificate, UidText, Expire, Issue),
        nameof(ChatApp) => ChatTokenBuilder2.BuildAppToken(AppId, AppCertificate, Expire, Issue),
        nameof(MultiCSharp) => Build(
            AllRtc(),
            new RtmService(UserId).AddPrivilege(RtmPrivilege.Login, 600),
            new ChatService(UidText).AddPrivilege(ChatPrivilege.User, 600)),
        nameof(MultiGo) => Build(
            new ChatService(UidText).AddPrivilege(ChatPrivilege.User, 600),
            new RtmService(UserId).AddPrivilege(RtmPrivilege.Login, 600),
            new RtcService(Channel, Uid).AddPrivilege(RtcPrivilege.JoinChannel, 600)),
        nameof(RtcRtm) => RtcTokenBuilder2.BuildTokenWithRtm2(AppId, AppCertificate, Channel, UidText, Expire, 600, 600, 600, 600, UserId, 600, Issue),
        nameof(MultiPython) => Build(
            AllRtc(),
            new RtmService(UidText).AddPrivilege(RtmPrivilege.Login, 600),
            new FpaService().AddPrivilege(FpaPrivilege.Login, 600),
            new ChatService(UidText).AddPrivilege(ChatPrivilege.User, 600),
            new ApaasService(string.Empty, UidText).AddPrivilege(ApaasPrivilege.User, 600)),
        nameof(ApaasRoomUser) => ApaasTokenBuilder.BuildRoomUserToken(AppId, AppCertificate, "123", UidText, 1, Expire, Issue),
        nameof(ApaasUser) => ApaasTokenBuilder.BuildUserToken(AppId, AppCertificate, UidText, Expire, Issue),
        nameof(ApaasApp) => ApaasTokenBuilder.BuildAppToken(AppId, AppCertificate, Expire, Issue),
        nameof(ExtendedServices) => Build(
            new Rtm2Service(UserId).AddPrivilege(Rtm2Privilege.Login, 600)
                .AddPermission(Rtm2ResourceType.User, Rtm2PermissionType.Read, "user-a")
                .AddPermission(Rtm2ResourceType.MessageChannel, Rtm2PermissionType.Read, "message-a")
                .AddPermission(Rtm2ResourceType.StreamChannel, Rtm2PermissionType.Write, "stream-a")
                .AddPermission(Rtm2ResourceType.MessageChannel, Rtm2PermissionType.Read, "message-b"),
            new FcdnService(Channel, UidText).AddPrivilege(FcdnPrivilege.Play, 600).AddPrivilege(FcdnPrivilege.Publish, 600),
            new StreamingService(Channel, UidText).AddPrivilege(StreamingPrivilege.PublishMixStream, 600).AddPrivilege(StreamingPrivilege.PublishRawStream, 600)),
        nameof(RepeatedServices) => Build(
            new FcdnService(Channel, UidText).AddPrivilege(FcdnPrivilege.Publish, 600),
            new StreamingService(Channel, UidText).AddPrivilege(StreamingPrivilege.PublishMixStream, 600),
            new FcdnService(Channel, string.Empty).AddPrivilege(FcdnPrivilege.Play, 600),
            new StreamingService(Channel, string.Empty).AddPrivilege(StreamingPrivilege.PublishRawStream, 600),
            new FcdnService(Channel, "fcdn-account").AddPrivilege(FcdnPrivilege.Publish, 600).AddPrivilege(FcdnPrivilege.Play, 600),
            new StreamingService(Channel, "stream-account").AddPrivilege(StreamingPrivilege.PublishMixStream, 600).AddPrivilege(StreamingPrivilege.PublishRawStream, 600)),
        _ => throw new ArgumentOutOfRangeException(nameof(vector), vector, "no builder for this vector"),
    };

    private static RtcService AllRtc() => new RtcService(Channel, Uid)
        .AddPrivilege(RtcPrivilege.PublishDataStream, 600)
        .AddPrivilege(RtcPrivilege.JoinChannel, 600)
        .AddPrivilege(RtcPrivilege.PublishVideoStream, 600)
        .AddPrivilege(RtcPrivilege.PublishAudioStream, 600);

    private static string Build(params AccessToken2Service[] services) => AccessToken2.Build(AppId, AppCertificate, Expire, services, Issue);
}
