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
// Services: one block each, in alphabetical order.
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
[JsonSerializable(typeof(Agora.Rest.Services.MediaGateway.MediaGatewayNotificationIpsResponse))]
// SpeechToText
[JsonSerializable(typeof(Agora.Rest.Services.SpeechToText.SttJoinRequest))]
[JsonSerializable(typeof(Agora.Rest.Services.SpeechToText.SttAgentResponse))]
[JsonSerializable(typeof(Agora.Rest.Services.SpeechToText.SttAgentQueryResponse))]
[JsonSerializable(typeof(Agora.Rest.Services.SpeechToText.SttUpdateRequest))]
[JsonSerializable(typeof(Agora.Rest.Services.SpeechToText.SttAgentListResponse))]
internal sealed partial class AgoraServicesJson : JsonSerializerContext
{
}
