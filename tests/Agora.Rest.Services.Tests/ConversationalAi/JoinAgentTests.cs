using System.Collections.Generic;
using System.Threading.Tasks;
using Agora.Rest.Services.ConversationalAi;
using Agora.Rest.Services.Tests.Infrastructure;
using static Agora.Rest.Services.Tests.ConversationalAi.ConversationalAiTestKit;

namespace Agora.Rest.Services.Tests.ConversationalAi;

public sealed class JoinAgentTests
{
    [Fact]
    public async Task Join_with_llm_tts_and_asr_posts_the_documented_json_and_reads_the_agent()
    {
        string appId = NewAppId();
        string agentId = NewAgentId();
        RecordingHandler handler = Answering($$$"""{"agent_id":"{{{agentId}}}","create_ts":1737111452,"status":"RUNNING"}""");
        string rtcToken = "007" + System.Guid.NewGuid().ToString("N");
        string llmKey = "sk-" + System.Guid.NewGuid().ToString("N");
        string ttsKey = System.Guid.NewGuid().ToString("N");

        AgentInstanceResponse agent = await Global(handler).JoinAsync(appId, new JoinAgentRequest
        {
            Name = "support-agent-7f3a",
            Properties = new AgentProperties
            {
                Channel = "support-room-42",
                Token = rtcToken,
                AgentRtcUid = "1001",
                RemoteRtcUids = new[] { "1002" },
                IdleTimeout = 120,
                AdvancedFeatures = new AdvancedFeatures { EnableRtm = true },
                Asr = new AsrConfig
                {
                    Vendor = AsrVendor.Deepgram,
                    Language = "en-US",
                    Params = Json("""{"language":"en","keyterm":"agora"}"""),
                },
                Llm = new LlmConfig
                {
                    Url = "https://api.openai.com/v1/chat/completions",
                    ApiKey = llmKey,
                    SystemMessages = new[] { LlmMessage.Create("system", "You are a helpful support agent for {{company}}.") },
                    Params = Json("""{"model":"gpt-4o-mini","temperature":0.7,"max_tokens":1024}"""),
                    MaxHistory = 32,
                    GreetingMessage = "Hello, how can I help you today?",
                    FailureMessage = "Sorry, please hold on a second.",
                    Vendor = LlmVendor.OpenAi,
                    Style = LlmStyle.OpenAi,
                    TemplateVariables = new Dictionary<string, string> { ["company"] = "Acme" },
                    GreetingConfigs = new GreetingConfigs { Mode = GreetingMode.SingleFirst, DelayMs = 500 },
                },
                Tts = new TtsConfig
                {
                    Vendor = TtsVendor.Microsoft,
                    Params = Json($$$"""{"key":"{{{ttsKey}}}","region":"eastus","voice_name":"en-US-AndrewMultilingualNeural","sample_rate":24000}"""),
                    SkipPatterns = new[] { SkipPattern.ChineseParentheses, SkipPattern.SquareBrackets },
                },
                TurnDetection = new TurnDetectionConfig
                {
                    Mode = TurnDetectionMode.Default,
                    Config = new TurnDetectionSettings
                    {
                        SpeechThreshold = 0.5,
                        StartOfSpeech = new StartOfSpeechConfig
                        {
                            Mode = StartOfSpeechMode.Vad,
                            VadConfig = new StartOfSpeechVadConfig { InterruptDurationMs = 160, SpeakingInterruptDurationMs = 320, PrefixPaddingMs = 800 },
                        },
                        EndOfSpeech = new EndOfSpeechConfig
                        {
                            Mode = EndOfSpeechMode.Semantic,
                            SemanticConfig = new SemanticEndOfSpeechConfig { SilenceDurationMs = 320, MaxWaitMs = 3000, PauseStateEnabled = true },
                        },
                    },
                },
                Parameters = new AgentParameters
                {
                    SilenceConfig = new SilenceConfig { TimeoutMs = 15000, Action = SilenceAction.Think, Content = "Ask whether the user is still there." },
                    FarewellConfig = new FarewellConfig { GracefulEnabled = true, GracefulTimeoutSeconds = 60 },
                    DataChannel = AgentDataChannel.Rtm,
                    EnableMetrics = true,
                },
            },
        });

        SentRequest sent = handler.Single;
        AssertSent(sent, "POST", GlobalBase + appId + "/join");
        Assert.Equal(string.Empty, sent.Uri.Query);
        sent.AssertJsonBody($$$"""
            {
              "name": "support-agent-7f3a",
              "properties": {
                "channel": "support-room-42",
                "token": "{{{rtcToken}}}",
                "agent_rtc_uid": "1001",
                "remote_rtc_uids": ["1002"],
                "idle_timeout": 120,
                "advanced_features": { "enable_rtm": true },
                "asr": { "language": "en-US", "vendor": "deepgram", "params": { "language": "en", "keyterm": "agora" } },
                "tts": {
                  "vendor": "microsoft",
                  "params": { "key": "{{{ttsKey}}}", "region": "eastus", "voice_name": "en-US-AndrewMultilingualNeural", "sample_rate": 24000 },
                  "skip_patterns": [1, 4]
                },
                "llm": {
                  "url": "https://api.openai.com/v1/chat/completions",
                  "api_key": "{{{llmKey}}}",
                  "system_messages": [ { "role": "system", "content": "You are a helpful support agent for {{company}}." } ],
                  "params": { "model": "gpt-4o-mini", "temperature": 0.7, "max_tokens": 1024 },
                  "max_history": 32,
                  "greeting_configs": { "mode": "single_first", "delay_ms": 500 },
                  "greeting_message": "Hello, how can I help you today?",
                  "failure_message": "Sorry, please hold on a second.",
                  "vendor": "openai",
                  "style": "openai",
                  "template_variables": { "company": "Acme" }
                },
                "turn_detection": {
                  "mode": "default",
                  "config": {
                    "speech_threshold": 0.5,
                    "start_of_speech": { "mode": "vad", "vad_config": { "interrupt_duration_ms": 160, "speaking_interrupt_duration_ms": 320, "prefix_padding_ms": 800 } },
                    "end_of_speech": { "mode": "semantic", "semantic_config": { "silence_duration_ms": 320, "max_wait_ms": 3000, "pause_state_enabled": true } }
                  }
                },
                "parameters": {
                  "silence_config": { "timeout_ms": 15000, "action": "think", "content": "Ask whether the user is still there." },
                  "farewell_config": { "graceful_enabled": true, "graceful_timeout_seconds": 60 },
                  "data_channel": "rtm",
                  "enable_metrics": true
                }
              }
            }
            """);

        Assert.Equal(agentId, agent.AgentId);
        Assert.Equal(1737111452L, agent.CreateTs);
        Assert.Equal(AgentStatus.Running, agent.Status);
    }

    [Fact]
    public async Task Join_writes_every_other_documented_section_with_its_wire_names()
    {
        string appId = NewAppId();
        RecordingHandler handler = Answering("""{"agent_id":"A42AQ7","create_ts":1744877089,"status":"STARTING"}""");
        string mllmKey = System.Guid.NewGuid().ToString("N");
        string avatarKey = System.Guid.NewGuid().ToString("N");

        AgentInstanceResponse agent = await Global(handler).JoinAsync(appId, new JoinAgentRequest
        {
            Name = "studio-agent",
            PipelineId = "pl_5f2c",
            Properties = new AgentProperties
            {
                Channel = "room",
                Token = "",
                AgentRtcUid = "bot",
                RemoteRtcUids = new[] { "alice" },
                EnableStringUid = true,
                Geofence = new Geofence { Area = GeofenceArea.Global, ExcludeArea = GeofenceArea.India },
                AdvancedFeatures = new AdvancedFeatures { EnableRtm = true, EnableSal = true, EnableTools = true },
                Asr = new AsrConfig { CredentialMode = CredentialMode.Managed, Vendor = AsrVendor.Ares },
                Llm = new LlmConfig
                {
                    CredentialMode = CredentialMode.Managed,
                    InputModalities = new[] { Modality.Text, Modality.Image },
                    OutputModalities = new[] { Modality.Text },
                    GreetingAudioUrl = "https://cdn.example.com/greeting.pcm",
                    GreetingMessage = "Hi!",
                    GreetingConfigs = new GreetingConfigs { Interruptable = false, AudioDownloadTimeoutMs = 2000, AudioPcmSampleRate = 24000 },
                    McpServers = new[]
                    {
                        new McpServer
                        {
                            Name = "registry1",
                            Endpoint = "https://mcp.example.com/mcp",
                            Transport = McpTransport.StreamableHttp,
                            Headers = new Dictionary<string, string> { ["X-Tenant"] = "t-1" },
                            AllowedTools = new[] { "search" },
                            TimeoutMs = 5000,
                        },
                    },
                    Headers = new Dictionary<string, string> { ["X-Trace"] = "abc" },
                },
                Tts = new TtsConfig { CredentialMode = CredentialMode.Byok, Vendor = new TtsVendor("acme-tts"), Params = Json("""{"voice":"v1"}""") },
                Mllm = new MllmConfig
                {
                    Enable = true,
                    Url = "wss://api.openai.com/v1/realtime",
                    ApiKey = mllmKey,
                    Messages = new[] { Json("""{"role":"user","content":"hi"}""") },
                    Params = Json("""{"model":"gpt-4o-realtime-preview","voice":"alloy"}"""),
                    InputModalities = new[] { Modality.Audio, Modality.Text },
                    OutputModalities = new[] { Modality.Text, Modality.Audio },
                    GreetingMessage = "Hello",
                    Vendor = MllmVendor.OpenAi,
                    TurnDetection = new MllmTurnDetection
                    {
                        Mode = MllmTurnDetectionMode.ServerVad,
                        AgoraVadConfig = new MllmAgoraVadConfig { InterruptDurationMs = 160, PrefixPaddingMs = 300, SilenceDurationMs = 480, Threshold = 0.6 },
                        ServerVadConfig = new MllmServerVadConfig
                        {
                            PrefixPaddingMs = 300,
                            SilenceDurationMs = 500,
                            Threshold = 0.5,
                            IdleTimeoutMs = 8000,
                            StartOfSpeechSensitivity = StartOfSpeechSensitivity.High,
                            EndOfSpeechSensitivity = EndOfSpeechSensitivity.Low,
                        },
                        SemanticVadConfig = new MllmSemanticVadConfig { Eagerness = SemanticVadEagerness.Medium },
                    },
                },
                Avatar = new AvatarConfig { Enable = true, Vendor = AvatarVendor.Akool, Params = Json($$$"""{"api_key":"{{{avatarKey}}}","avatar_id":"av-1"}""") },
                TurnDetection = new TurnDetectionConfig
                {
                    Config = new TurnDetectionSettings
                    {
                        StartOfSpeech = new StartOfSpeechConfig { Mode = StartOfSpeechMode.Manual },
                        EndOfSpeech = new EndOfSpeechConfig { Mode = EndOfSpeechMode.Vad, VadConfig = new EndOfSpeechVadConfig { SilenceDurationMs = 640 } },
                    },
                },
                Interruption = new InterruptionConfig
                {
                    Enable = false,
                    Mode = InterruptionMode.Keywords,
                    KeywordsConfig = new InterruptionKeywordsConfig { TriggerKeywords = new[] { "stop", "wait" } },
                    DisabledConfig = new InterruptionDisabledConfig { Strategy = InterruptionStrategy.Append },
                },
                Sal = new SalConfig { Mode = SalMode.Recognition, SampleUrls = new Dictionary<string, string> { ["speaker1"] = "https://cdn.example.com/vp.pcm" } },
                Labels = new Dictionary<string, string> { ["campaign_id"] = "spring" },
                Rtc = new RtcConfig { EncryptionKey = "key-material", EncryptionSalt = "c2FsdA==", EncryptionMode = EncryptionMode.Aes256Gcm2 },
                FillerWords = new FillerWordsConfig
                {
                    Enable = true,
                    Trigger = new FillerTrigger { Mode = FillerTriggerMode.FixedTime, FixedTimeConfig = new FixedTimeFillerTrigger { ResponseWaitMs = 1500 } },
                    Content = new FillerContent
                    {
                        Mode = FillerContentMode.Static,
                        StaticConfig = new StaticFillerContent { Phrases = new[] { "One moment.", "Uh-huh." }, SelectionRule = FillerSelectionRule.RoundRobin },
                    },
                },
                Parameters = new AgentParameters
                {
                    DataChannel = AgentDataChannel.DataStream,
                    EnableErrorMessage = true,
                    AudioScenario = AudioScenario.Chorus,
                    OptOut = true,
                },
            },
        });

        SentRequest sent = handler.Single;
        AssertSent(sent, "POST", GlobalBase + appId + "/join");
        sent.AssertJsonBody($$$"""
            {
              "name": "studio-agent",
              "pipeline_id": "pl_5f2c",
              "properties": {
                "channel": "room",
                "token": "",
                "agent_rtc_uid": "bot",
                "remote_rtc_uids": ["alice"],
                "enable_string_uid": true,
                "geofence": { "area": "GLOBAL", "exclude_area": "INDIA" },
                "advanced_features": { "enable_rtm": true, "enable_sal": true, "enable_tools": true },
                "asr": { "credential_mode": "managed", "vendor": "ares" },
                "tts": { "credential_mode": "byok", "vendor": "acme-tts", "params": { "voice": "v1" } },
                "llm": {
                  "credential_mode": "managed",
                  "input_modalities": ["text", "image"],
                  "output_modalities": ["text"],
                  "greeting_configs": { "interruptable": false, "audio_download_timeout_ms": 2000, "audio_pcm_sample_rate": 24000 },
                  "greeting_audio_url": "https://cdn.example.com/greeting.pcm",
                  "greeting_message": "Hi!",
                  "mcp_servers": [
                    {
                      "name": "registry1",
                      "endpoint": "https://mcp.example.com/mcp",
                      "transport": "streamable_http",
                      "headers": { "X-Tenant": "t-1" },
                      "allowed_tools": ["search"],
                      "timeout_ms": 5000
                    }
                  ],
                  "headers": { "X-Trace": "abc" }
                },
                "mllm": {
                  "enable": true,
                  "url": "wss://api.openai.com/v1/realtime",
                  "api_key": "{{{mllmKey}}}",
                  "messages": [ { "role": "user", "content": "hi" } ],
                  "params": { "model": "gpt-4o-realtime-preview", "voice": "alloy" },
                  "input_modalities": ["audio", "text"],
                  "output_modalities": ["text", "audio"],
                  "greeting_message": "Hello",
                  "vendor": "openai",
                  "turn_detection": {
                    "mode": "server_vad",
                    "agora_vad_config": { "interrupt_duration_ms": 160, "prefix_padding_ms": 300, "silence_duration_ms": 480, "threshold": 0.6 },
                    "server_vad_config": {
                      "prefix_padding_ms": 300,
                      "silence_duration_ms": 500,
                      "threshold": 0.5,
                      "idle_timeout_ms": 8000,
                      "start_of_speech_sensitivity": "START_SENSITIVITY_HIGH",
                      "end_of_speech_sensitivity": "END_SENSITIVITY_LOW"
                    },
                    "semantic_vad_config": { "eagerness": "medium" }
                  }
                },
                "avatar": { "enable": true, "vendor": "akool", "params": { "api_key": "{{{avatarKey}}}", "avatar_id": "av-1" } },
                "turn_detection": {
                  "config": {
                    "start_of_speech": { "mode": "manual" },
                    "end_of_speech": { "mode": "vad", "vad_config": { "silence_duration_ms": 640 } }
                  }
                },
                "interruption": {
                  "enable": false,
                  "mode": "keywords",
                  "keywords_config": { "trigger_keywords": ["stop", "wait"] },
                  "disabled_config": { "strategy": "append" }
                },
                "sal": { "sal_mode": "recognition", "sample_urls": { "speaker1": "https://cdn.example.com/vp.pcm" } },
                "labels": { "campaign_id": "spring" },
                "rtc": { "encryption_key": "key-material", "encryption_salt": "c2FsdA==", "encryption_mode": 8 },
                "filler_words": {
                  "enable": true,
                  "trigger": { "mode": "fixed_time", "fixed_time_config": { "response_wait_ms": 1500 } },
                  "content": { "mode": "static", "static_config": { "phrases": ["One moment.", "Uh-huh."], "selection_rule": "round_robin" } }
                },
                "parameters": { "data_channel": "datastream", "enable_error_message": true, "audio_scenario": "chorus", "opt_out": true }
              }
            }
            """);

        Assert.Equal("A42AQ7", agent.AgentId);
        Assert.Equal(1744877089L, agent.CreateTs);
        Assert.Equal(AgentStatus.Starting, agent.Status);
    }

    [Fact]
    public async Task Join_failure_surfaces_agoras_detail_and_reason()
    {
        RecordingHandler handler = Answering(
            """{"detail":"greeting_message is required with greeting_audio_url","reason":"InvalidRequest"}""",
            System.Net.HttpStatusCode.BadRequest);

        AgoraApiException error = await Assert.ThrowsAsync<AgoraApiException>(() => Global(handler).JoinAsync(NewAppId(), new JoinAgentRequest
        {
            Name = "n",
            Properties = new AgentProperties { Channel = "c", Token = "", AgentRtcUid = "0", RemoteRtcUids = new[] { "1" } },
        }));

        Assert.Equal(System.Net.HttpStatusCode.BadRequest, error.StatusCode);
        Assert.Equal("greeting_message is required with greeting_audio_url", error.ErrorMessage);
        Assert.Equal("InvalidRequest", error.Reason);
    }
}
