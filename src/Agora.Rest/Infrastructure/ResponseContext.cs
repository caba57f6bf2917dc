using System.Net.Http;
using Agora.Rest.Routing;

namespace Agora.Rest.Infrastructure;

/// <summary>A response together with what is needed to read it or describe its failure.</summary>
/// <remarks>Fields rather than properties for the reason <see cref="BaseAddressPolicy"/> gives: a first call reads them.</remarks>
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

    public readonly AgoraClientCore Core;

    public readonly HttpResponseMessage Response;

    public readonly AgoraOperation Operation;

    /// <summary>The token sent with the request, so that error texts can be scrubbed of it.</summary>
    public readonly string? TokenValue;

    /// <summary>The hosts tried when the call was repeated, for the message of an error; else <see langword="null"/>.</summary>
    public readonly AttemptHistory? Attempts;

    public bool IsSuccess => Response.IsSuccessStatusCode;
}
