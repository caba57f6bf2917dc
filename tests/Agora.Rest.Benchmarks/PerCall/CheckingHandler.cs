using System;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Threading;
using System.Threading.Tasks;

namespace Agora.Rest.Benchmarks.PerCall;

/// <summary>
/// Stands in for the network: checks the Authorization header character for character (a wrong header
/// throws, so no variant can win by sending less), reads any request body to its end (so lazy JSON content
/// is really serialized), and answers with a fresh response over the same canned JSON.
/// </summary>
internal sealed class CheckingHandler : HttpMessageHandler
{
    private readonly string _expectedAuthorization;
    private readonly byte[] _responseBody;

    public CheckingHandler(string expectedAuthorization, byte[] responseBody)
    {
        _expectedAuthorization = expectedAuthorization;
        _responseBody = responseBody;
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (!request.Headers.NonValidated.TryGetValues("Authorization", out HeaderStringValues values)
            || values.Count != 1
            || !string.Equals(values.ToString(), _expectedAuthorization, StringComparison.Ordinal))
        {
            throw new InvalidOperationException("The request does not carry the expected Authorization header.");
        }

        if (request.Content is not null)
        {
            await request.Content.CopyToAsync(Stream.Null, cancellationToken).ConfigureAwait(false);
        }

        var content = new ByteArrayContent(_responseBody);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        return new HttpResponseMessage(HttpStatusCode.OK) { Content = content, RequestMessage = request };
    }
}
