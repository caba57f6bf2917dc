using System.IO;
using System.Threading;
using System.Threading.Tasks;
using Agora.Rest;

namespace Agora.Rest.Tests.Apis;

/// <summary>One method per result form, all on one route, for the transport-failure contract.</summary>
[AgoraApi]
[BasicAuth]
public partial interface ITransportApi
{
    [Get("/answer")]
    Task NoContentAsync();

    [Get("/answer")]
    Task<Payload> JsonAsync();

    [Get("/answer")]
    ValueTask<Payload> JsonValueTaskAsync();

    [Get("/answer")]
    Task<string> TextAsync();

    [Get("/answer")]
    Task<byte[]> BytesAsync();

    [Get("/answer")]
    Task<AgoraResponse<Payload>> JsonEnvelopeAsync();

    [Get("/answer")]
    Task<AgoraResponse<string>> TextEnvelopeAsync();

    [Get("/answer")]
    ValueTask<AgoraResponse<byte[]>> BytesEnvelopeAsync();

    [Get("/answer")]
    Task<Stream> StreamAsync();

    [Get("/answer")]
    Task<Payload> JsonCancellableAsync(CancellationToken cancellationToken);
}
