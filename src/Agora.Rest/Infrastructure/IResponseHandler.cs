using System.Threading;
using System.Threading.Tasks;

namespace Agora.Rest.Infrastructure;

/// <summary>
/// Turns a response into a call's result. Implemented by structs so each return shape gets specialised
/// code with no delegate or closure per call. A handler owns the response: it disposes it unless it hands it out.
/// </summary>
internal interface IResponseHandler<TResult>
{
    ValueTask<TResult> HandleAsync(ResponseContext context, CancellationToken cancellationToken);
}

/// <summary>Reads a successful body into a value (the part of a handler that an envelope reuses).</summary>
internal interface IBodyReader<TValue>
{
    ValueTask<TValue?> ReadAsync(ResponseContext context, CancellationToken cancellationToken);
}
