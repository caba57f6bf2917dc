using System;
using System.Linq;
using Agora.Rest.Infrastructure;
using Agora.Rest.Services.ChannelManagement;
using Agora.Rest.Services.CloudRecording;
using Agora.Rest.Services.CloudTranscoding;
using Agora.Rest.Services.ConversationalAi;
using Agora.Rest.Services.MediaGateway;
using Agora.Rest.Services.MediaPull;
using Agora.Rest.Services.MediaPush;
using Agora.Rest.Services.Signaling;
using Agora.Rest.Services.SpeechToText;
using Microsoft.Extensions.DependencyInjection;

namespace Agora.Rest.Services;

/// <summary>Every service's generated <c>Add&lt;Name&gt;Client()</c>, called once each.</summary>
internal static class AgoraServiceClients
{
    public static void AddAll(IServiceCollection services)
    {
        services.AddIndividualRecordingApiClient();
        services.AddMixRecordingApiClient();
        services.AddWebRecordingApiClient();
        services.AddCloudRecordingNotificationsApiClient();
        AddConversationalAi(services);
        services.AddChannelApiClient();
        services.AddBanRuleApiClient();
        services.AddChannelNotificationsApiClient();
        services.AddSignalingApiClient();
        services.AddSignalingHistoryApiClient();
        services.AddSpeechToTextApiClient();
        services.AddMediaGatewayApiClient();
        services.AddMediaGatewayStreamControlApiClient();
        services.AddCloudTranscodingApiClient();
        services.AddMediaPushApiClient();
        services.AddMediaPullApiClient();
    }

    // Agora serves Conversational AI in China under its own paths (/cn/api/...): IConversationalAiApi resolves to the
    // China client when the configured area is China, and to the global one otherwise.
    private static void AddConversationalAi(IServiceCollection services)
    {
        services.AddConversationalAiApiClient();
        ServiceDescriptor globalRegistration = services.Last(d => d.ServiceType == typeof(IConversationalAiApi));
        Func<IServiceProvider, object> global = globalRegistration.ImplementationFactory
            ?? throw new InvalidOperationException("The generated Conversational AI registration is not factory-based.");
        services.Remove(globalRegistration);
        services.AddConversationalAiChinaApiClient();
        services.AddTransient<IConversationalAiApi>(provider => AgoraContainerOptions.Resolve(provider).Area == AgoraArea.China
            ? provider.GetRequiredService<IConversationalAiChinaApi>()
            : (IConversationalAiApi)global(provider));
    }
}
