using System.Net.Http;
using Agora.Rest.Routing;

namespace Agora.Rest.Infrastructure;

/// <summary>A response together with what is needed to read it or describe its failure.</summary>
internal readonly struct ResponseContext
{
    public ResponseContext(AgoraClientCore core, HttpResponseMessage response, AgoraOperation operation, string? tokenValue, AttemptHistory? attempts = null)
    {
        Attempts = attempts;
        Core = core;
        Response = response;
        Operation = operation;
        TokenValue = tokenValue;
    }

    public AgoraClientCore Core { get; }

    public HttpResponseMessage Response { get; }

    public AgoraOperation Operation { get; }

    /// <summary>The token sent with the request, so that error texts can be scrubbed of it.</summary>
    public string? TokenValue { get; }

    /// <summary>The hosts tried when the call was repeated, for the message of an error; else <see langword="null"/>.</summary>
    public AttemptHistory? Attempts { get; }

    public bool IsSuccess => Response.IsSuccessStatusCode;
}
