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
// CloudTranscoding
[JsonSerializable(typeof(Agora.Rest.Services.CloudTranscoding.AcquireBuilderTokenRequest))]
[JsonSerializable(typeof(Agora.Rest.Services.CloudTranscoding.BuilderTokenAcquired))]
[JsonSerializable(typeof(Agora.Rest.Services.CloudTranscoding.TranscodingTaskRequest))]
[JsonSerializable(typeof(Agora.Rest.Services.CloudTranscoding.TranscodingTask))]
[JsonSerializable(typeof(Agora.Rest.Services.CloudTranscoding.TranscodingTemplate))]
[JsonSerializable(typeof(Agora.Rest.Services.CloudTranscoding.TranscodingTemplateSaved))]
[JsonSerializable(typeof(Agora.Rest.Services.CloudTranscoding.TranscodingTemplates))]
[JsonSerializable(typeof(Agora.Rest.Services.CloudTranscoding.TranscodingNotificationIps))]
// MediaPull
[JsonSerializable(typeof(Agora.Rest.Services.MediaPull.CreatePlayerRequest))]
[JsonSerializable(typeof(Agora.Rest.Services.MediaPull.UpdatePlayerRequest))]
[JsonSerializable(typeof(Agora.Rest.Services.MediaPull.CloudPlayerCreated))]
[JsonSerializable(typeof(Agora.Rest.Services.MediaPull.CloudPlayerList))]
[JsonSerializable(typeof(Agora.Rest.Services.MediaPull.MediaPullNotificationIps))]
// MediaPush
[JsonSerializable(typeof(Agora.Rest.Services.MediaPush.CreateConverterRequest))]
[JsonSerializable(typeof(Agora.Rest.Services.MediaPush.UpdateConverterRequest))]
[JsonSerializable(typeof(Agora.Rest.Services.MediaPush.ConverterResult))]
[JsonSerializable(typeof(Agora.Rest.Services.MediaPush.ConverterInfo))]
[JsonSerializable(typeof(Agora.Rest.Services.MediaPush.ConverterList))]
[JsonSerializable(typeof(Agora.Rest.Services.MediaPush.MediaPushNotificationIps))]
internal sealed partial class AgoraServicesJson : JsonSerializerContext
{
}
