using System;
using System.Net;
using System.Text.Json;
using Agora.Rest.Services.ConversationalAi;
using Agora.Rest.Services.Tests.Infrastructure;

namespace Agora.Rest.Services.Tests.ConversationalAi;

/// <summary>Clients over a recording handler, and the values the Conversational AI tests share.</summary>
internal static class ConversationalAiTestKit
{
    public const string GlobalBase = "/api/conversational-ai-agent/v2/projects/";
    public const string ChinaBase = "/cn/api/conversational-ai-agent/v2/projects/";

    public static IConversationalAiApi Global(RecordingHandler handler) =>
        new ConversationalAiApiClient(handler.NewHttpClient(), RecordingHandler.NewBasicCredentials());

    public static IConversationalAiChinaApi China(RecordingHandler handler) =>
        new ConversationalAiChinaApiClient(handler.NewHttpClient(), RecordingHandler.NewBasicCredentials());

    public static RecordingHandler Answering(string json, HttpStatusCode status = HttpStatusCode.OK) => new(json, status);

    public static string NewAppId() => Guid.NewGuid().ToString("N");

    public static string NewAgentId() => "1NT29X" + Guid.NewGuid().ToString("N").Substring(0, 20).ToUpperInvariant();

    /// <summary>A free-form JSON value from its text.</summary>
    public static JsonElement Json(string json)
    {
        using JsonDocument document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }

    /// <summary>Asserts the request's method, exact path (no query) and the Basic scheme.</summary>
    public static void AssertSent(SentRequest sent, string method, string expectedPath)
    {
        Assert.Equal(method, sent.Method.Method);
        Assert.Equal(Uri.UriSchemeHttps, sent.Uri.Scheme);
        Assert.Equal(expectedPath, sent.Uri.AbsolutePath);
        Assert.Equal("Basic", sent.AuthorizationScheme);
    }
}
