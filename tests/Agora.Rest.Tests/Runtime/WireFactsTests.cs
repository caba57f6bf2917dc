using Agora.Wire;

namespace Agora.Rest.Tests.Runtime;

/// <summary>
/// The shared wire facts against Agora's documentation, written out here: client and emulator share the constants,
/// so a mistake in them would pass every round trip; this is the check that does not share it.
/// </summary>
public sealed class WireFactsTests
{
    [Fact]
    public void The_shared_wire_facts_are_Agora_s_documented_headers_and_prefixes()
    {
        Assert.Equal(
            new[] { "Authorization", "x-agora-token", "x-agora-uid", "Basic ", "agora token=" },
            new[] { AgoraWire.AuthorizationHeader, AgoraWire.TokenHeader, AgoraWire.UidHeader, AgoraWire.BasicPrefix, AgoraWire.AccessToken2Prefix });
    }

    [Theory]
    [InlineData("authorization", true)]
    [InlineData("X-AGORA-TOKEN", true)]
    [InlineData("X-Agora-Uid", true)]
    [InlineData("x-agora-tokens", false)]
    [InlineData("x-request-id", false)]
    public void Credential_headers_are_recognised_in_any_case(string name, bool expected) =>
        Assert.Equal(expected, AgoraWire.IsCredentialHeader(name));
}
