using System.Text.Json.Serialization;

namespace Agora.Rest.Services;

/// <summary>
/// The one source-generated JSON context of every service's models: no reflection, trim and Native AOT clean.
/// Every model property names its wire field with <see cref="JsonPropertyNameAttribute"/>, so no naming policy applies.
/// </summary>
/// <remarks>
/// The System.Text.Json generator reads <see cref="JsonSerializableAttribute"/> from one declaration only (two partial
/// declarations with them make it fail), so every service's request and response types are listed here, a block each.
/// </remarks>
[JsonSourceGenerationOptions(
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    PropertyNameCaseInsensitive = true)]
// Free-form objects some services pass through as they are.
[JsonSerializable(typeof(System.Text.Json.JsonElement))]
// The notification servers' addresses, one answer shared by every service that documents it.
[JsonSerializable(typeof(Agora.Rest.Services.NotificationServerIpsResponse))]
// Services: one block each, in alphabetical order.
// ChannelManagement
[JsonSerializable(typeof(Agora.Rest.Services.ChannelManagement.ChannelListResponse))]
[JsonSerializable(typeof(Agora.Rest.Services.ChannelManagement.ChannelUsersResponse))]
[JsonSerializable(typeof(Agora.Rest.Services.ChannelManagement.ChannelHostsResponse))]
[JsonSerializable(typeof(Agora.Rest.Services.ChannelManagement.UserStatusResponse))]
[JsonSerializable(typeof(Agora.Rest.Services.ChannelManagement.CreateBanRuleRequest))]
[JsonSerializable(typeof(Agora.Rest.Services.ChannelManagement.CreateBanRuleResponse))]
[JsonSerializable(typeof(Agora.Rest.Services.ChannelManagement.ListBanRulesResponse))]
[JsonSerializable(typeof(Agora.Rest.Services.ChannelManagement.UpdateBanRuleRequest))]
[JsonSerializable(typeof(Agora.Rest.Services.ChannelManagement.UpdateBanRuleResponse))]
[JsonSerializable(typeof(Agora.Rest.Services.ChannelManagement.DeleteBanRuleRequest))]
[JsonSerializable(typeof(Agora.Rest.Services.ChannelManagement.DeleteBanRuleResponse))]
// CloudRecording
[JsonSerializable(typeof(Agora.Rest.Services.CloudRecording.IndividualAcquireRequest))]
[JsonSerializable(typeof(Agora.Rest.Services.CloudRecording.MixAcquireRequest))]
[JsonSerializable(typeof(Agora.Rest.Services.CloudRecording.WebAcquireRequest))]
[JsonSerializable(typeof(Agora.Rest.Services.CloudRecording.AcquireResponse))]
[JsonSerializable(typeof(Agora.Rest.Services.CloudRecording.IndividualStartRequest))]
[JsonSerializable(typeof(Agora.Rest.Services.CloudRecording.MixStartRequest))]
[JsonSerializable(typeof(Agora.Rest.Services.CloudRecording.WebStartRequest))]
[JsonSerializable(typeof(Agora.Rest.Services.CloudRecording.RecordingSessionResponse))]
[JsonSerializable(typeof(Agora.Rest.Services.CloudRecording.UpdateRecordingRequest))]
[JsonSerializable(typeof(Agora.Rest.Services.CloudRecording.WebUpdateRecordingRequest))]
[JsonSerializable(typeof(Agora.Rest.Services.CloudRecording.UpdateLayoutRequest))]
[JsonSerializable(typeof(Agora.Rest.Services.CloudRecording.QueryRecordingResponse))]
[JsonSerializable(typeof(Agora.Rest.Services.CloudRecording.WebQueryRecordingResponse))]
[JsonSerializable(typeof(Agora.Rest.Services.CloudRecording.StopRecordingRequest))]
[JsonSerializable(typeof(Agora.Rest.Services.CloudRecording.StopRecordingResponse))]
[JsonSerializable(typeof(Agora.Rest.Services.CloudRecording.WebStopRecordingResponse))]
// Read and written item by item by RecordedFileList's converter (the fileList string-or-array union).
[JsonSerializable(typeof(Agora.Rest.Services.CloudRecording.RecordedFile))]
// CloudTranscoding
[JsonSerializable(typeof(Agora.Rest.Services.CloudTranscoding.AcquireBuilderTokenRequest))]
[JsonSerializable(typeof(Agora.Rest.Services.CloudTranscoding.BuilderTokenAcquired))]
[JsonSerializable(typeof(Agora.Rest.Services.CloudTranscoding.TranscodingTaskRequest))]
[JsonSerializable(typeof(Agora.Rest.Services.CloudTranscoding.TranscodingTask))]
[JsonSerializable(typeof(Agora.Rest.Services.CloudTranscoding.TranscodingTemplate))]
[JsonSerializable(typeof(Agora.Rest.Services.CloudTranscoding.TranscodingTemplateSaved))]
[JsonSerializable(typeof(Agora.Rest.Services.CloudTranscoding.TranscodingTemplates))]
// ConversationalAi
[JsonSerializable(typeof(Agora.Rest.Services.ConversationalAi.JoinAgentRequest))]
[JsonSerializable(typeof(Agora.Rest.Services.ConversationalAi.AgentInstanceResponse))]
[JsonSerializable(typeof(Agora.Rest.Services.ConversationalAi.UpdateAgentRequest))]
[JsonSerializable(typeof(Agora.Rest.Services.ConversationalAi.AgentStatusResponse))]
[JsonSerializable(typeof(Agora.Rest.Services.ConversationalAi.ListAgentsResponse))]
[JsonSerializable(typeof(Agora.Rest.Services.ConversationalAi.SpeakRequest))]
[JsonSerializable(typeof(Agora.Rest.Services.ConversationalAi.ThinkRequest))]
[JsonSerializable(typeof(Agora.Rest.Services.ConversationalAi.AgentActionResponse))]
[JsonSerializable(typeof(Agora.Rest.Services.ConversationalAi.AgentHistoryResponse))]
[JsonSerializable(typeof(Agora.Rest.Services.ConversationalAi.AgentTurnsResponse))]
// MediaGateway
[JsonSerializable(typeof(Agora.Rest.Services.MediaGateway.MediaGatewayStreamKeyRequest))]
[JsonSerializable(typeof(Agora.Rest.Services.MediaGateway.MediaGatewayStreamKeyResponse))]
[JsonSerializable(typeof(Agora.Rest.Services.MediaGateway.MediaGatewayStatusResponse))]
[JsonSerializable(typeof(Agora.Rest.Services.MediaGateway.MediaGatewayOnlineStreamListResponse))]
[JsonSerializable(typeof(Agora.Rest.Services.MediaGateway.MediaGatewayOnlineStreamResponse))]
[JsonSerializable(typeof(Agora.Rest.Services.MediaGateway.MediaGatewayMuteRequest))]
[JsonSerializable(typeof(Agora.Rest.Services.MediaGateway.MediaGatewayTemplateRequest))]
[JsonSerializable(typeof(Agora.Rest.Services.MediaGateway.MediaGatewayTemplateUpdateRequest))]
[JsonSerializable(typeof(Agora.Rest.Services.MediaGateway.MediaGatewayGlobalTemplateRequest))]
// MediaPull
[JsonSerializable(typeof(Agora.Rest.Services.MediaPull.CreatePlayerRequest))]
[JsonSerializable(typeof(Agora.Rest.Services.MediaPull.UpdatePlayerRequest))]
[JsonSerializable(typeof(Agora.Rest.Services.MediaPull.CloudPlayerCreated))]
[JsonSerializable(typeof(Agora.Rest.Services.MediaPull.CloudPlayerList))]
// MediaPush
[JsonSerializable(typeof(Agora.Rest.Services.MediaPush.CreateConverterRequest))]
[JsonSerializable(typeof(Agora.Rest.Services.MediaPush.UpdateConverterRequest))]
[JsonSerializable(typeof(Agora.Rest.Services.MediaPush.ConverterResult))]
[JsonSerializable(typeof(Agora.Rest.Services.MediaPush.ConverterInfo))]
[JsonSerializable(typeof(Agora.Rest.Services.MediaPush.ConverterList))]
// Signaling
[JsonSerializable(typeof(Agora.Rest.Services.Signaling.PeerMessageRequest))]
[JsonSerializable(typeof(Agora.Rest.Services.Signaling.ChannelMessageRequest))]
[JsonSerializable(typeof(Agora.Rest.Services.Signaling.SendMessageResponse))]
[JsonSerializable(typeof(Agora.Rest.Services.Signaling.UserEventsResponse))]
[JsonSerializable(typeof(Agora.Rest.Services.Signaling.ChannelEventsResponse))]
[JsonSerializable(typeof(Agora.Rest.Services.Signaling.MessageHistoryResponse))]
// SpeechToText
[JsonSerializable(typeof(Agora.Rest.Services.SpeechToText.SttJoinRequest))]
[JsonSerializable(typeof(Agora.Rest.Services.SpeechToText.SttAgentResponse))]
[JsonSerializable(typeof(Agora.Rest.Services.SpeechToText.SttAgentQueryResponse))]
[JsonSerializable(typeof(Agora.Rest.Services.SpeechToText.SttUpdateRequest))]
[JsonSerializable(typeof(Agora.Rest.Services.SpeechToText.SttAgentListResponse))]
internal sealed partial class AgoraServicesJson : JsonSerializerContext
{
}
