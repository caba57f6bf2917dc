using System;

namespace Agora.Rest.Tests.Runtime;

/// <summary>Credentials are checked when created, and never show their values.</summary>
public sealed class CredentialTests
{
    public static TheoryData<string?, string?, string> BadBasic => new()
    {
        { null, "S3cr3tV4lue", "customerId" },
        { "id", null, "customerSecret" },
        { "", "S3cr3tV4lue", "customerId" },
        { "id", "", "customerSecret" },
        { " id", "S3cr3tV4lue", "customerId" },
        { "id", "S3cr3tV4lue\n", "customerSecret" },
        { "id", "S3cr\r\n3tV4lue", "customerSecret" },
        { "id", "S3cr\u00013tV4lue", "customerSecret" },
        { "i:d", "S3cr3tV4lue", "customerId" },
    };

    [Theory]
    [MemberData(nameof(BadBasic))]
    public void Bad_basic_credentials_fail_fast_naming_the_argument_but_not_the_value(string? id, string? secret, string parameter)
    {
        var error = Assert.ThrowsAny<ArgumentException>(() => AgoraCredentials.Basic(id!, secret!));

        Assert.Equal(parameter, error.ParamName);
        if (!string.IsNullOrWhiteSpace(secret))
        {
            Assert.DoesNotContain(secret.Trim(), error.Message, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("007 eJx")]
    [InlineData("007eJx\r\n")]
    [InlineData("007eJx\u00e9")]
    [InlineData("\t007eJx")]
    public void Bad_tokens_fail_fast(string token)
    {
        var error = Assert.ThrowsAny<ArgumentException>(() => AgoraCredentials.Token(token));

        Assert.Equal("token", error.ParamName);
    }

    [Theory]
    [InlineData("")]
    [InlineData("42\r\n")]
    [InlineData("us\u00e9r")]
    [InlineData(" 42")]
    public void Bad_uids_fail_fast(string uid)
    {
        var error = Assert.ThrowsAny<ArgumentException>(() => AgoraCredentials.Token("007eJxabc", uid));

        Assert.Equal("uid", error.ParamName);
    }

    [Fact]
    public void Uids_may_contain_inner_spaces_as_Signaling_user_ids_do()
    {
        var token = new AgoraToken("007eJxabc", "user one");

        Assert.Equal("user one", token.Uid);
    }

    [Fact]
    public void Nothing_shows_credential_values()
    {
        string id = Secrets.RandomHex();
        string secret = Secrets.RandomHex();
        string token = Secrets.RandomToken();

        string basic = AgoraCredentials.Basic(id, secret).ToString();
        string fixedToken = AgoraCredentials.Token(token, "7").ToString();
        string agoraToken = new AgoraToken(token, "7", DateTimeOffset.UnixEpoch).ToString();

        Assert.Equal("AgoraCredentials { Scheme = Basic }", basic);
        Assert.Equal("AgoraCredentials { Scheme = Token (fixed) }", fixedToken);
        Assert.DoesNotContain(token, agoraToken, StringComparison.Ordinal);
        Assert.Contains("<redacted>", agoraToken, StringComparison.Ordinal);
    }

    [Fact]
    public void Tokens_compare_by_value_and_deconstruct()
    {
        var expires = DateTimeOffset.UtcNow.AddMinutes(5);
        var token = new AgoraToken("007eJxabc", "1", expires);

        (string value, string? uid, DateTimeOffset? at) = token;

        Assert.Equal(new AgoraToken("007eJxabc", "1", expires), token);
        Assert.Equal(("007eJxabc", "1", (DateTimeOffset?)expires), (value, uid, at));
    }

    [Fact]
    public void Token_providers_are_required()
    {
        Assert.Throws<ArgumentNullException>(() => AgoraCredentials.Token((IAgoraTokenProvider)null!));
    }
}
