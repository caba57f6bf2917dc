using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace Agora.Rest.Routing;

/// <summary>
/// The innermost handler of a typed client whose pipeline repeats calls itself (Microsoft.Extensions.Http.Resilience's
/// handlers, a Polly policy handler): the pipeline decides whether and when to repeat, this handler decides where. Each
/// attempt of a request to one of Agora's domains goes to the host Agora's order gives after the previous attempt's
/// failure. A request the pipeline sent more than once is not repeated by the client as well; one it sent once (its
/// retry declined, or it has none) may still be, under the client's rules.
/// </summary>
/// <remarks>
/// The area comes from the request's host: every Agora host belongs to one area's list. Credentials stay within that
/// list. Added by the generated <c>Add&lt;Name&gt;Client()</c> registrations, after every other configuration.
/// </remarks>
internal sealed class PipelineHostRouter : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Uri? uri = request.RequestUri;
        if (uri is null || uri.Scheme != Uri.UriSchemeHttps || !uri.IsDefaultPort || AgoraDomains.AreaOf(uri.Host) is not { } area)
        {
            return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }

        PipelineRetries.CountAttempt(request);
        if (PipelineRetries.NextHost(request) is { } next && !string.Equals(next, uri.Host, StringComparison.OrdinalIgnoreCase))
        {
            uri = new UriBuilder(uri) { Host = next }.Uri;
            request.RequestUri = uri;
            PipelineRetries.SetRoutedTo(request, uri); // The client's redirect and legacy-scheme checks take it as the origin.
        }

        IReadOnlyList<string> hosts = AgoraDomains.HostsFor(area);
        HttpResponseMessage response;
        try
        {
            response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception failure) when (Remember(request, hosts, uri.Host, FailureClassifier.Classify(failure, cancellationToken.IsCancellationRequested)))
        {
            throw; // Not reached: Remember returns false, so the failure goes on as it was.
        }

        Remember(request, hosts, uri.Host, FailureClassifier.Classify(response));
        return response;
    }

    private static bool Remember(HttpRequestMessage request, IReadOnlyList<string> hosts, string host, FailureKind kind)
    {
        if (kind != FailureKind.None)
        {
            int current = Math.Max(0, RoutingPlan.IndexOf(hosts, host));
            PipelineRetries.SetNextHost(request, hosts[RoutingPlan.NextHost(hosts, current, kind)]);
        }

        return false;
    }
}
