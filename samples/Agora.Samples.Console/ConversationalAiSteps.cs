using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json;
using System.Threading.Tasks;
using Agora.Rest.Services.ConversationalAi;
using Agora.Rest.Tokens;

namespace Agora.Samples.ConsoleApp;

/// <summary>The keys an agent calls its LLM and text-to-speech vendors with; they come from configuration.</summary>
internal sealed record AgentVendorKeys(string LlmApiKey, string TtsKey);

/// <summary>Conversational AI: an agent joins a channel to talk with one user, is checked on, and leaves.</summary>
internal static class ConversationalAiSteps
{
    public static async Task RunAsync(IConversationalAiApi convoAi, string appId, string appCertificate, AgentVendorKeys keys)
    {
        const string Channel = "stage";
        const uint AgentUid = 1001; // the agent's uid in the channel: one no user has
        const string UserUid = "100"; // the user it listens and talks to

        // The agent joins the channel like any user, with an RTC token for its uid; it publishes what it says.
        string token = RtcTokenBuilder2.BuildTokenWithUid(appId, appCertificate, Channel, AgentUid, RtcTokenRole.Publisher, tokenExpire: 3600, privilegeExpire: 3600);
        string name = $"sample-agent-{Guid.NewGuid():N}"[..21]; // unique: a name cannot be used twice
        AgentInstanceResponse agent = await convoAi.JoinAsync(appId, new JoinAgentRequest
        {
            Name = name,
            Properties = new AgentProperties
            {
                Channel = Channel,
                Token = token,
                AgentRtcUid = AgentUid.ToString(CultureInfo.InvariantCulture),
                RemoteRtcUids = [UserUid],
                IdleTimeout = 120,
                Llm = new LlmConfig
                {
                    Url = "https://api.openai.com/v1/chat/completions",
                    ApiKey = keys.LlmApiKey,
                    SystemMessages = [LlmMessage.Create("system", "You are the stage's friendly host. Keep answers short.")],
                    Params = VendorParams(new() { ["model"] = "gpt-4o-mini" }),
                    GreetingMessage = "Hello! What would you like to know about tonight's show?",
                },
                Tts = new TtsConfig
                {
                    Vendor = TtsVendor.Microsoft,
                    Params = VendorParams(new() { ["key"] = keys.TtsKey, ["region"] = "eastus", ["voice_name"] = "en-US-AndrewMultilingualNeural" }),
                },
                Asr = new AsrConfig { Language = "en-US" },
            },
        });
        Console.WriteLine($"12. Agent '{name}' joined channel '{Channel}' as uid {AgentUid} to talk with uid {UserUid}: agent {agent.AgentId} ({agent.Status})");

        AgentStatusResponse running = await convoAi.QueryAsync(appId, agent.AgentId!);
        Console.WriteLine($"13. Agent status: {running.Status} since {DateTimeOffset.FromUnixTimeSeconds(running.StartTs):HH:mm:ss} UTC");

        await convoAi.LeaveAsync(appId, agent.AgentId!);
        AgentStatusResponse left = await convoAi.QueryAsync(appId, agent.AgentId!);
        Console.WriteLine($"14. Agent left the channel: {left.Status}");
    }

    // A vendor's "params" are that vendor's own JSON object (see the vendor's page in Agora's documentation), written
    // here through the sample's source-generated JSON context: no reflection.
    private static JsonElement VendorParams(Dictionary<string, string> values) =>
        JsonSerializer.SerializeToElement(values, SampleJsonContext.Default.DictionaryStringString);
}
