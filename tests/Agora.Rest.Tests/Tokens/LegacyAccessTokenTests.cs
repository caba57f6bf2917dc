using System;
using System.Linq;
using Agora.Rest.Tokens;
using static Agora.Rest.Tests.Tokens.OfficialVectors;

namespace Agora.Rest.Tests.Tokens;

/// <summary>The legacy AccessToken (006): no compression, so the official strings are reproduced exactly.</summary>
public sealed class LegacyAccessTokenTests
{
    private static readonly TokenPrivilege[] Join = { new((ushort)AccessTokenPrivilege.JoinChannel, LegacyJoinExpire) };

    [Theory]
    [InlineData(UidText, Legacy)]
    [InlineData("", LegacyUid0)]
    public void Official_vectors_are_reproduced_string_for_string(string uid, string expected)
    {
        string token = AccessToken.Build(AppId, AppCertificate, Channel, uid, Join, Salt, IssueTimestamp);

        Assert.Equal(expected, token);
    }

    [Fact]
    public void Uid_text_for_zero_is_empty()
    {
        Assert.Equal(string.Empty, AccessToken.UidText(0));
        Assert.Equal(UidText, AccessToken.UidText(Uid));
    }

    [Fact]
    public void Official_vector_parses_to_its_published_fields_and_verifies()
    {
        AccessToken token = AccessToken.Parse(Legacy);

        Assert.Equal(AppId, token.AppId);
        Assert.Equal(0x107d48b7u, token.ChannelNameCrc);
        Assert.Equal(0xe551a057u, token.UidCrc);
        Assert.Equal(Salt, token.Salt);
        Assert.Equal(IssueTimestamp, token.ExpireTimestamp);
        Assert.Equal(Join, token.Privileges.ToArray());
        Assert.True(token.VerifySignature(AppCertificate, Channel, UidText));
        Assert.False(token.VerifySignature(AppCertificate, Channel, "1"));
        Assert.False(token.VerifySignature(AppCertificate, "other", UidText));
        Assert.False(token.VerifySignature("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", Channel, UidText));
    }

    [Fact]
    public void Default_expiry_is_24_hours_after_now_from_the_time_provider()
    {
        var clock = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(DateTimeOffset.FromUnixTimeSeconds(1_800_000_000));

        AccessToken token = AccessToken.Parse(AccessToken.Build(AppId, AppCertificate, Channel, UidText, Join, clock));

        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1_800_000_000 + 86_400), token.ExpiresAt);
        Assert.InRange(token.Salt, 1u, 99_999_999u);
        Assert.True(token.VerifySignature(AppCertificate, Channel, UidText));
    }

    [Theory]
    [InlineData("007eJxTYBBbsMMnKq7p9Hf", "AccessToken2 (007)")]
    [InlineData("006970CA35de60c44645bbae8a215061b33", "ends before the body")]
    [InlineData("006970CA35de60c44645bbae8a215061b33!!!!", "not valid base64")]
    [InlineData("006970CA35de60c44645bbae8a215061b33AQ==", "ends early")]
    [InlineData("006970CA35de60c44645bbae8a215061b33AAAA", "signature has 0 bytes")]
    [InlineData("abc", "starts with \"006\"")]
    public void Malformed_tokens_fail_with_a_clear_FormatException(string token, string expected)
    {
        var error = Assert.Throws<FormatException>(() => AccessToken.Parse(token));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.False(AccessToken.TryParse(token, out _));
    }
}
