using System;
using System.Linq;
using Agora.Rest.Tokens;
using static Agora.Rest.Tests.Tokens.OfficialVectors;

namespace Agora.Rest.Tests.Tokens;

/// <summary>
/// The token services Agora added for Conversational AI (type 9) and Speech-to-Text (type 10), and the builders that
/// carry them, with the inputs of Agora's own builder tests (its public test App ID and certificate).
/// </summary>
public sealed class ConvoAiAndSttTokenTests
{
    private static readonly TokenIssue Issue = new(IssueTimestamp, Salt);

    public delegate string Builder(string appId, string appCertificate, string channelName, string rtcAccount, RtcTokenRole rtcRole, uint rtcTokenExpire,
        uint join, uint audio, uint video, uint data, string rtmUserId, uint rtmTokenExpire, TokenIssue? issue);

    public static TheoryData<string, AgoraTokenService?> Builders() => new()
    {
        { nameof(ConvoAiTokenBuilder), AgoraTokenService.ConvoAi },
        { nameof(SttTokenBuilder), AgoraTokenService.Stt },
        { nameof(RtcTokenBuilder2.BuildTokenWithRtm2), null },
    };

    private static Builder For(string name) => name switch
    {
        nameof(ConvoAiTokenBuilder) => ConvoAiTokenBuilder.BuildToken,
        nameof(SttTokenBuilder) => SttTokenBuilder.BuildToken,
        _ => RtcTokenBuilder2.BuildTokenWithRtm2,
    };

    [Theory]
    [MemberData(nameof(Builders))]
    public void A_publisher_gets_join_and_each_publish_privilege_a_login_and_the_service_with_no_privilege(string builder, AgoraTokenService? third)
    {
        string token = For(builder)(AppId, AppCertificate, Channel, UidText, RtcTokenRole.Publisher, 600, 601, 602, 603, 604, UserId, 605, Issue);

        AccessToken2 parsed = AccessToken2.Parse(token);
        Assert.True(parsed.VerifySignature(AppCertificate));
        Assert.Equal(600u, parsed.ExpireSeconds);
        RtcService rtc = Assert.IsType<RtcService>(parsed.Services[0]);
        Assert.Equal((Channel, UidText), (rtc.ChannelName, rtc.Uid));
        Assert.Equal(
            new[] { (1, 601u), (2, 602u), (3, 603u), (4, 604u) },
            rtc.Privileges.Select(privilege => ((int)privilege.Key, privilege.Expire)));
        RtmService rtm = Assert.IsType<RtmService>(parsed.Services[1]);
        Assert.Equal(UserId, rtm.UserId);
        Assert.Equal(605u, rtm.GetPrivilegeExpire((ushort)RtmPrivilege.Login));
        if (third is { } type)
        {
            AccessToken2Service service = parsed.Services[2];
            Assert.Equal(type, service.Type);
            Assert.Empty(service.Privileges);

            // On the wire, the last service is its type and an empty privilege map: four bytes, nothing after them.
            byte[] content = TokenBytes.Inflate(token);
            Assert.Equal(new byte[] { (byte)type, 0, 0, 0 }, content[^4..]);
        }

        Assert.Equal(third is null ? 2 : 3, parsed.Services.Count);
    }

    [Theory]
    [MemberData(nameof(Builders))]
    public void A_subscriber_gets_the_join_privilege_only(string builder, AgoraTokenService? third)
    {
        string token = For(builder)(AppId, AppCertificate, Channel, UidText, RtcTokenRole.Subscriber, 600, 600, 600, 600, 600, UserId, 600, Issue);

        AccessToken2 parsed = AccessToken2.Parse(token);
        RtcService rtc = Assert.IsType<RtcService>(parsed.Services[0]);
        Assert.Equal(new[] { (1, 600u) }, rtc.Privileges.Select(privilege => ((int)privilege.Key, privilege.Expire)));
        Assert.Equal(600u, parsed.Services[1].GetPrivilegeExpire((ushort)RtmPrivilege.Login));
        Assert.Equal(third, parsed.Services.Count == 3 ? parsed.Services[2].Type : null);
    }

    [Fact]
    public void The_older_BuildTokenWithRtm2_still_grants_every_privilege()
    {
        string token = RtcTokenBuilder2.BuildTokenWithRtm2(AppId, AppCertificate, Channel, UidText, 600, 600, 600, 600, 600, UserId, 600, Issue);

        Assert.Equal(4, AccessToken2.Parse(token).Services[0].Privileges.Count);
    }

    [Fact]
    public void Tokens_of_both_new_services_together_parse_and_verify()
    {
        string token = AccessToken2.Build(AppId, AppCertificate, 600, new AccessToken2Service[] { new SttService(), new ConvoAiService() }, Issue);

        AccessToken2 parsed = AccessToken2.Parse(token);
        Assert.True(parsed.VerifySignature(AppCertificate));
        Assert.Equal(new[] { AgoraTokenService.ConvoAi, AgoraTokenService.Stt }, parsed.Services.Select(service => service.Type));
        Assert.All(parsed.Services, service => Assert.Empty(service.Privileges));
    }

    [Fact]
    public void An_undefined_role_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(
            () => ConvoAiTokenBuilder.BuildToken(AppId, AppCertificate, Channel, UidText, (RtcTokenRole)7, 600, 600, 600, 600, 600, UserId, 600, Issue));
    }
}
