using System;
using System.Text.Json;
using Agora.Rest.Services.ConversationalAi;

namespace Agora.Rest.Services.Tests.ConversationalAi;

public sealed class ConversationalAiValueTests
{
    [Theory]
    [InlineData("0", new[] { AgentStateCode.Idle })]
    [InlineData("2,6", new[] { AgentStateCode.Running, AgentStateCode.Failed })]
    [InlineData("0,1,2,3,4,6", new[] { AgentStateCode.Idle, AgentStateCode.Starting, AgentStateCode.Running, AgentStateCode.Stopping, AgentStateCode.Stopped, AgentStateCode.Failed })]
    public void A_state_filter_is_its_codes_joined_by_commas(string expected, AgentStateCode[] states)
    {
        var filter = new AgentStateFilter(states);

        Assert.Equal(expected, filter.ToString());
        Assert.Equal(expected, ((IFormattable)filter).ToString("G", new System.Globalization.CultureInfo("ar-SA")));
        Assert.Equal(states, filter.States);
    }

    [Fact]
    public void A_state_filter_needs_a_state_and_keeps_its_own_copy()
    {
        Assert.Throws<ArgumentException>(() => new AgentStateFilter());
        Assert.Throws<ArgumentNullException>(() => new AgentStateFilter(null!));

        var states = new[] { AgentStateCode.Running };
        var filter = new AgentStateFilter(states);
        states[0] = AgentStateCode.Failed;

        Assert.Equal("2", filter.ToString());
    }

    [Fact]
    public void A_chat_message_is_an_object_of_role_and_content()
    {
        JsonElement message = LlmMessage.Create("system", "Say \"hi\" to {{user_name}}.");

        Assert.Equal(JsonValueKind.Object, message.ValueKind);
        Assert.Equal("system", message.GetProperty("role").GetString());
        Assert.Equal("Say \"hi\" to {{user_name}}.", message.GetProperty("content").GetString());
        Assert.Equal(2, System.Linq.Enumerable.Count(message.EnumerateObject()));
        Assert.Throws<ArgumentNullException>(() => LlmMessage.Create(null!, "x"));
        Assert.Throws<ArgumentNullException>(() => LlmMessage.Create("user", null!));
    }

    [Fact]
    public void String_values_compare_by_exact_wire_text()
    {
        Assert.Equal(TtsVendor.ElevenLabs, new TtsVendor("elevenlabs"));
        Assert.NotEqual(TtsVendor.ElevenLabs, new TtsVendor("ElevenLabs"));
        Assert.True(AgentStatus.Failed == new AgentStatus("FAILED"));
        Assert.True(AsrVendor.Ares != AsrVendor.Microsoft);
        Assert.Equal(string.Empty, default(AgentStatus).Value);
        Assert.Throws<ArgumentNullException>(() => new LlmVendor(null!));
    }
}
