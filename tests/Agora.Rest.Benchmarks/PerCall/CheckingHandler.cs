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
/// is really serialized), and answers with a fresh response over the same canned JSON. It remembers the last
/// request URI (a field store, no allocation), so that routing benchmarks can check which host a call reached, and
/// can fail the next request as a name that does not resolve, so that they can check whether a client fails over.
/// </summary>
internal sealed class CheckingHandler : HttpMessageHandler
{
    private readonly string _expectedAuthorization;
    private readonly byte[] _responseBody;
    private bool _failNext;

    public CheckingHandler(string expectedAuthorization, byte[] responseBody)
    {
        _expectedAuthorization = expectedAuthorization;
        _responseBody = responseBody;
    }

    /// <summary>The URI of the last request received, failed or answered.</summary>
    public Uri? LastRequestUri { get; private set; }

    /// <summary>Makes the next request fail as DNS would for an unknown host: a routed client moves to the next host at once.</summary>
    public void FailNextWithUnresolvedName() => _failNext = true;

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        LastRequestUri = request.RequestUri;
        if (_failNext)
        {
            _failNext = false;
            throw new HttpRequestException(HttpRequestError.NameResolutionError, "Name or service not known (simulated).");
        }

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
