using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace Agora.Rest.Services.Tests.Infrastructure;

/// <summary>
/// Sits in front of a <see cref="RecordingHandler"/> and keeps the request headers of every request sent, for tests of
/// header parameters (the recording handler keeps only the Authorization scheme).
/// </summary>
public sealed class HeaderCapture : DelegatingHandler
{
    public HeaderCapture(RecordingHandler inner) : base(inner)
    {
    }

    public List<Dictionary<string, string>> Headers { get; } = new();

    /// <summary>The values of a header of the one request sent, or null when it was not sent.</summary>
    public string? Single(string name) => Assert.Single(Headers).TryGetValue(name, out string? value) ? value : null;

    public HttpClient NewHttpClient() => new(this, disposeHandler: false);

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Headers.Add(request.Headers.ToDictionary(h => h.Key, h => string.Join(",", h.Value), System.StringComparer.OrdinalIgnoreCase));
        return base.SendAsync(request, cancellationToken);
    }
}
