using System;
using System.Linq;
using Agora.Rest.Tokens;
using static Agora.Rest.Tests.Tokens.OfficialVectors;

namespace Agora.Rest.Tests.Tokens;

/// <summary>Builder inputs are checked with messages that name the argument and never echo a secret.</summary>
public sealed class TokenInputTests
{
    [Theory]
    [InlineData("Z70CA35de60c44645bbae8a215061b33", "appId", "position 0")]
    [InlineData("970CA35de60c44645bbae8a215061b3", "appId", "has 31")]
    [InlineData("", "appId", "has 0")]
    public void App_ids_must_be_32_hex_characters(string appId, string parameter, string expected)
    {
        var error = Assert.Throws<ArgumentException>(() => RtmTokenBuilder2.BuildToken(appId, AppCertificate, UserId, 600));

        Assert.Equal(parameter, error.ParamName);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Certificates_must_be_32_hex_characters_and_are_never_echoed()
    {
        string bad = "5CFd2fd1755d40ecb72977518be15d3Z";

        var error = Assert.Throws<ArgumentException>(() => RtmTokenBuilder2.BuildToken(AppId, bad, UserId, 600));

        Assert.Equal("appCertificate", error.ParamName);
        Assert.Contains("position 31", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(bad, error.ToString(), StringComparison.Ordinal);
        Assert.Throws<ArgumentNullException>(() => RtmTokenBuilder2.BuildToken(AppId, null!, UserId, 600));
    }

    [Theory]
    [InlineData(0u)]
    [InlineData(86_401u)]
    [InlineData(1_800_000_000u)]
    public void AccessToken2_lifetimes_are_1_to_86400_seconds_after_issue(uint expire)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => RtmTokenBuilder2.BuildToken(AppId, AppCertificate, UserId, expire));

        Assert.Equal("expireSeconds", error.ParamName);
        Assert.Contains("seconds after the issue time", error.Message, StringComparison.Ordinal);
        Assert.Contains("legacy AccessToken (006)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Privilege_expiries_beyond_24_hours_are_refused_and_zero_is_allowed()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new RtcService(Channel, Uid).AddPrivilege(RtcPrivilege.JoinChannel, 86_401));
        Assert.Equal(0u, new FpaService().AddPrivilege(FpaPrivilege.Login, 0).GetPrivilegeExpire(1));
    }

    [Fact]
    public void A_token_needs_a_service()
    {
        var error = Assert.Throws<ArgumentException>(() => AccessToken2.Build(AppId, AppCertificate, 600, Array.Empty<AccessToken2Service>()));

        Assert.Contains("at least one service", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Null_services_are_refused_wherever_they_are()
    {
        var rtm = new RtmService(UserId).AddPrivilege(RtmPrivilege.Login, 600);

        Assert.Throws<ArgumentException>(() => AccessToken2.Build(AppId, AppCertificate, 600, new AccessToken2Service[] { null!, rtm }));
        Assert.Throws<ArgumentException>(() => AccessToken2.Build(AppId, AppCertificate, 600, new AccessToken2Service[] { rtm, null! }));
    }

    [Fact]
    public void A_default_issue_is_refused_rather_than_building_an_expired_1970_token()
    {
        var error = Assert.Throws<ArgumentException>(() => RtmTokenBuilder2.BuildToken(AppId, AppCertificate, UserId, 600, default(TokenIssue)));

        Assert.Contains("TokenIssue.Now()", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Content_too_large_to_parse_back_is_refused_when_building()
    {
        var service = new Rtm2Service(UserId).AddPrivilege(Rtm2Privilege.Login, 600);
        string name = new string('n', 1000);
        for (int i = 0; i < 70; i++)
        {
            service.AddPermission(Rtm2ResourceType.MessageChannel, Rtm2PermissionType.Read, name);
        }

        var error = Assert.Throws<ArgumentException>(() => AccessToken2.Build(AppId, AppCertificate, 600, new[] { service }));

        Assert.Contains("at most 65536", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Counts_beyond_what_a_token_can_hold_are_an_ArgumentException()
    {
        var service = new Rtm2Service(UserId);
        for (int i = 0; i < 65_536; i++)
        {
            service.AddPermission(Rtm2ResourceType.User, Rtm2PermissionType.Read, string.Empty);
        }

        var error = Assert.Throws<ArgumentException>(() => AccessToken2.Build(AppId, AppCertificate, 600, new[] { service }));

        Assert.Contains("at most 65535 names of one permission", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parsed_tokens_cannot_be_changed_after_they_verify()
    {
        AccessToken2 token = AccessToken2.Parse(OfficialVectors.RtcUid[0]);
        var rtc = (RtcService)token.Services[0];

        Assert.True(rtc.IsReadOnly);
        Assert.Throws<InvalidOperationException>(() => rtc.AddPrivilege(RtcPrivilege.PublishAudioStream, 600));
        Assert.Throws<NotSupportedException>(() => ((System.Collections.Generic.IList<AccessToken2Service>)token.Services).Clear());
        Assert.True(token.VerifySignature(AppCertificate));
    }

    [Fact]
    public void Null_text_fields_are_refused_by_name()
    {
        Assert.Equal("userId", Assert.Throws<ArgumentNullException>(() => new RtmService(null!)).ParamName);
        Assert.Equal("channelName", Assert.Throws<ArgumentNullException>(() => new RtcService(null!, 1)).ParamName);
    }

    [Fact]
    public void Fields_longer_than_a_token_can_hold_are_refused()
    {
        var error = Assert.Throws<ArgumentException>(() => new RtmService(new string('x', 70_000)));

        Assert.Equal("userId", error.ParamName);
    }

    [Fact]
    public void Default_issue_is_now_with_a_random_salt()
    {
        var clock = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(DateTimeOffset.FromUnixTimeSeconds(1_800_000_000));

        AccessToken2 first = AccessToken2.Parse(RtmTokenBuilder2.BuildToken(AppId, AppCertificate, UserId, 600, TokenIssue.Now(clock)));
        AccessToken2 second = AccessToken2.Parse(RtmTokenBuilder2.BuildToken(AppId, AppCertificate, UserId, 600, TokenIssue.Now(clock)));

        Assert.Equal(1_800_000_000u, first.IssueTimestamp);
        Assert.InRange(first.Salt, 1u, 99_999_999u);
        Assert.NotEqual(first.Salt, second.Salt);
        Assert.True(first.VerifySignature(AppCertificate));
    }

    [Fact]
    public void Salts_stay_in_agoras_range_and_do_not_repeat_across_refills()
    {
        uint[] salts = Enumerable.Range(0, 5000).Select(_ => TokenIssue.Now().Salt).ToArray();

        Assert.All(salts, salt => Assert.InRange(salt, 1u, 99_999_999u));
        Assert.True(salts.Distinct().Count() > 4990, "salts repeat far more often than chance");
    }

    [Fact]
    public void ToString_describes_the_token_without_its_text()
    {
        string token = RtmTokenBuilder2.BuildToken(AppId, AppCertificate, UserId, 600, new TokenIssue(IssueTimestamp, Salt));

        string text = AccessToken2.Parse(token).ToString();

        Assert.Contains("Rtm", text, StringComparison.Ordinal);
        Assert.DoesNotContain(token.Substring(3, 20), text, StringComparison.Ordinal);
    }
}
