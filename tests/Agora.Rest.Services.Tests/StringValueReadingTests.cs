using System.Text.Json;
using Agora.Rest.Services.ConversationalAi;

namespace Agora.Rest.Services.Tests;

/// <summary>A string-valued enumeration never fails the answer it is in: unknown text, a number or null all read.</summary>
public sealed class StringValueReadingTests
{
    [Theory]
    [InlineData("\"RUNNING\"", "RUNNING")]
    [InlineData("\"RECOVERING\"", "RECOVERING")]
    [InlineData("3", "3")]
    [InlineData("null", "")]
    public void An_agent_status_reads_from_any_scalar(string json, string expected)
    {
        AgentStatusResponse read = JsonSerializer.Deserialize("{\"status\":" + json + ",\"agent_id\":\"a1\"}", AgoraServicesJson.Default.AgentStatusResponse)!;

        Assert.Equal(expected, read.Status.Value);
        Assert.Equal("a1", read.AgentId);
    }

    [Fact]
    public void A_known_value_reads_as_the_named_one()
    {
        AgentStatusResponse read = JsonSerializer.Deserialize("{\"status\":\"RUNNING\"}", AgoraServicesJson.Default.AgentStatusResponse)!;

        Assert.Equal(AgentStatus.Running, read.Status);
    }
}
