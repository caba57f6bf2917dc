using System;
using System.IO;
using System.Net.Http;
using System.Text.Json.Serialization.Metadata;
using System.Threading;
using System.Threading.Tasks;
using Agora.Rest.Routing;
using Polly;

namespace Agora.Rest.Infrastructure;

public sealed partial class AgoraClientCore
{
    /// <summary>Sends the request; throws <see cref="AgoraApiException"/> unless the status is 2xx.</summary>
    public Task SendAsync(HttpRequestMessage request, AgoraOperation operation, CancellationToken cancellationToken) =>
        SendAsync<bool, ResponseHandlers.NoContent>(request, operation, default, cancellationToken);

    /// <summary>Sends the request and reads the JSON body as <typeparamref name="T"/>; throws <see cref="AgoraApiException"/> unless the status is 2xx.</summary>
    public Task<T> SendJsonAsync<T>(HttpRequestMessage request, AgoraOperation operation, JsonTypeInfo<T> typeInfo, CancellationToken cancellationToken) =>
        SendAsync<T, ResponseHandlers.Body<T, ResponseHandlers.Json<T>>>(request, operation, new(new ResponseHandlers.Json<T>(typeInfo)), cancellationToken);

    /// <summary>Sends the request and reads the body as text; throws <see cref="AgoraApiException"/> unless the status is 2xx.</summary>
    public Task<string> SendStringAsync(HttpRequestMessage request, AgoraOperation operation, CancellationToken cancellationToken) =>
        SendAsync<string, ResponseHandlers.Body<string, ResponseHandlers.Text>>(request, operation, default, cancellationToken);

    /// <summary>Sends the request and reads the body as bytes; throws <see cref="AgoraApiException"/> unless the status is 2xx.</summary>
    public Task<byte[]> SendBytesAsync(HttpRequestMessage request, AgoraOperation operation, CancellationToken cancellationToken) =>
        SendAsync<byte[], ResponseHandlers.Body<byte[], ResponseHandlers.Bytes>>(request, operation, default, cancellationToken);

    /// <summary>Sends the request and returns the body stream, which the caller disposes; throws <see cref="AgoraApiException"/> unless the status is 2xx.</summary>
    public Task<Stream> SendStreamAsync(HttpRequestMessage request, AgoraOperation operation, CancellationToken cancellationToken) =>
        SendAsync<Stream, ResponseHandlers.BodyStream>(request, operation, default, cancellationToken);

    /// <summary>Sends the request and returns the response as it is, whatever its status; the caller disposes it.</summary>
    public Task<HttpResponseMessage> SendRawAsync(HttpRequestMessage request, AgoraOperation operation, CancellationToken cancellationToken) =>
        SendAsync<HttpResponseMessage, ResponseHandlers.Raw>(request, operation, default, cancellationToken);

    /// <summary>Sends the request and returns status, headers and the JSON value or the error, never throwing for a status.</summary>
    public Task<AgoraResponse<T>> SendForJsonResponseAsync<T>(HttpRequestMessage request, AgoraOperation operation, JsonTypeInfo<T> typeInfo, CancellationToken cancellationToken) =>
        SendAsync<AgoraResponse<T>, ResponseHandlers.Envelope<T, ResponseHandlers.Json<T>>>(
            request, operation, new(new ResponseHandlers.Json<T>(typeInfo)), cancellationToken);

    /// <summary>As <see cref="SendForJsonResponseAsync{T}"/>, reading a successful body as text.</summary>
    public Task<AgoraResponse<string>> SendForStringResponseAsync(HttpRequestMessage request, AgoraOperation operation, CancellationToken cancellationToken) =>
        SendAsync<AgoraResponse<string>, ResponseHandlers.Envelope<string, ResponseHandlers.Text>>(request, operation, default, cancellationToken);

    /// <summary>As <see cref="SendForJsonResponseAsync{T}"/>, reading a successful body as bytes.</summary>
    public Task<AgoraResponse<byte[]>> SendForBytesResponseAsync(HttpRequestMessage request, AgoraOperation operation, CancellationToken cancellationToken) =>
        SendAsync<AgoraResponse<byte[]>, ResponseHandlers.Envelope<byte[], ResponseHandlers.Bytes>>(request, operation, default, cancellationToken);

    // One async method for the whole call, kept lean on purpose: a process's first call compiles all of it at Tier0, every
    // branch and every type it names. Whatever only a failed call needs (failover, error texts) is behind a method call.
    private async Task<TResult> SendAsync<TResult, THandler>(
        HttpRequestMessage request, AgoraOperation operation, THandler handler, CancellationToken cancellationToken)
        where THandler : struct, IResponseHandler<TResult>
    {
        operation = operation.WithSchemeFor(_credentials.IsBasic);
        HttpResponseMessage response;
        string? tokenValue = null;
        bool sending = false;
        AttemptHistory? attempts = null;
        try
        {
            if (operation.IsIdempotent)
            {
                AgoraRequests.MarkIdempotent(request);
            }

#if NET5_0_OR_GREATER
            // HttpClient applies its defaults only to requests it creates itself; generated requests should honour them too.
            request.Version = _httpClient.DefaultRequestVersion;
            request.VersionPolicy = _httpClient.DefaultVersionPolicy;
#endif
            tokenValue = await AgoraAuthentication.ApplyAsync(request, operation.AuthScheme, _credentials, cancellationToken).ConfigureAwait(false);
            RoutingPlan? routing = CurrentBaseAddress().Routing;
            long started = routing is null ? 0 : _options.TimeProvider.GetTimestamp();
            sending = true;
            // The first failure as plain values: SendAsync names no Polly type, so a call that succeeds never loads Polly.
            HttpResponseMessage? failedAnswer = null;
            Exception? failedWith = null;
            try
            {
                // The first attempt inline, not through SendOnceAsync: a call that succeeds pays for no extra async frame.
                Uri origin = request.RequestUri!;
                response = await _httpClient.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
                if (RedirectFollower.IsRedirect(response) || operation.AuthScheme == AgoraAuthScheme.AccessToken)
                {
                    response = await FinishAttemptAsync(request, response, origin, operation, cancellationToken).ConfigureAwait(false);
                }

                if (routing is not null && FailsOver(response, request))
                {
                    failedAnswer = response;
                }
            }
            catch (Exception failure) when (routing is not null && FailsOver(failure, request, cancellationToken))
            {
                failedWith = failure;
                response = null!;
            }

            if (failedAnswer is not null || failedWith is not null)
            {
                // Only a call that failed gets here (and none that a resilience pipeline already repeated): the rest of its attempts run on Polly.
                FailedOver failedOver = await FailOverAsync(request, operation, routing!, started, failedAnswer, failedWith, cancellationToken).ConfigureAwait(false);
                response = failedOver.Response;
                attempts = failedOver.Attempts;
            }
        }
        catch (IOException failure) when (sending)
        {
            // HttpClient wraps its own transport failures; a custom handler or content stream may not. (Not a token
            // provider's I/O error, before sending: that one is the provider's to explain.)
            throw LostConnection(failure, operation, whileSending: true, tokenValue, cancellationToken);
        }
        finally
        {
            request.Dispose();
        }

        var exchange = new ResponseContext(this, response, operation, tokenValue, attempts);
        try
        {
            return await handler.HandleAsync(exchange, cancellationToken).ConfigureAwait(false);
        }
        catch (IOException failure)
        {
            throw LostConnection(failure, operation, whileSending: false, tokenValue, cancellationToken);
        }
        catch (HttpRequestException buffered) when (BufferedReadFailure(buffered) is { } failure)
        {
            // HttpContent's own whole-body reads (text, bytes) wrap the failure without naming the call: say it the same way.
            throw LostConnection(failure, operation, whileSending: false, tokenValue, cancellationToken);
        }
    }

    // Whether the first attempt's answer is a failure that the routing plan's other hosts should retry: repeats are allowed,
    // the kind of failure is one to repeat, and no resilience pipeline repeats the request itself. Only asked with routing on.
    private bool FailsOver(HttpResponseMessage response, HttpRequestMessage request) =>
        _retry.MaxRetryAttempts > 0 && FailureClassifier.Classify(response) != FailureKind.None && !PipelineRetries.RepeatedByPipeline(request);

    // The same for an exception thrown by the first attempt.
    private bool FailsOver(Exception failure, HttpRequestMessage request, CancellationToken cancellationToken) =>
        _retry.MaxRetryAttempts > 0
        && FailureClassifier.Classify(failure, cancellationToken.IsCancellationRequested, AttemptNotes.FollowedRedirect(request)) != FailureKind.None
        && !PipelineRetries.RepeatedByPipeline(request);

    // A whole-body read's HttpRequestException that carries a lost connection (not one of ours), or null.
    private static IOException? BufferedReadFailure(HttpRequestException exception) =>
        exception is not AgoraApiException && exception.InnerException is IOException failure ? failure : null;

    private Exception LostConnection(IOException failure, AgoraOperation operation, bool whileSending, string? tokenValue, CancellationToken cancellationToken) =>
        TransportFailure.For(
            failure, operation, whileSending ? TransportFailure.Stage.Send : TransportFailure.Stage.ResponseBody, _credentials, tokenValue, cancellationToken);

    // What the attempts after a failed first one ended with: a class, not a tuple, so that awaiting it instantiates no
    // generic type over a value tuple in SendAsync.
    private sealed class FailedOver
    {
        public FailedOver(HttpResponseMessage response, AttemptHistory? attempts)
        {
            Response = response;
            Attempts = attempts;
        }

        public HttpResponseMessage Response { get; }

        public AttemptHistory? Attempts { get; }
    }

    // A further attempt: a copy for another host, sent as the first one was.
    private async Task<HttpResponseMessage> SendOnceAsync(HttpRequestMessage request, AgoraOperation operation, CancellationToken cancellationToken)
    {
        Uri origin = request.RequestUri!;
        HttpResponseMessage response = await _httpClient.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        return await FinishAttemptAsync(request, response, origin, operation, cancellationToken).ConfigureAwait(false);
    }

    // The redirects that reach the client, each within the rules of RedirectFollower, and the legacy scheme's check that no
    // handler followed one itself. A resilience pipeline's router may have sent the request to another host of the pool:
    // that host is then the origin.
    private async ValueTask<HttpResponseMessage> FinishAttemptAsync(
        HttpRequestMessage request, HttpResponseMessage response, Uri origin, AgoraOperation operation, CancellationToken cancellationToken)
    {
        if (RedirectFollower.IsRedirect(response))
        {
            AttemptNotes.MarkFollowedRedirect(request);
            return await FollowRedirectsAsync(request, response, PipelineRetries.RoutedTo(request) ?? origin, operation, cancellationToken).ConfigureAwait(false);
        }

        if (operation.AuthScheme == AgoraAuthScheme.AccessToken
            && RedirectFollower.WasRedirectedElsewhere(response, origin)
            && (PipelineRetries.RoutedTo(request) is not { } routedTo || RedirectFollower.WasRedirectedElsewhere(response, routedTo)))
        {
            response.Dispose();
            throw new HttpRequestException(
                $"{operation.DisplayName} was redirected to another host by the HttpClient's own handler, which sends x-agora-token and x-agora-uid along. " +
                "Use a handler with AllowAutoRedirect = false (the generated Add<Name>Client registrations always set it): then redirects leave other hosts without credentials.");
        }

        return response;
    }

    // The attempts after a failed first one, over the routing plan's hosts; ends with a response to hand on, or throws.
    private async Task<FailedOver> FailOverAsync(
        HttpRequestMessage request, AgoraOperation operation, RoutingPlan routing, long started, HttpResponseMessage? failedAnswer, Exception? failedWith, CancellationToken cancellationToken)
    {
        Outcome<HttpResponseMessage> firstFailure = failedWith is null ? Outcome.FromResult(failedAnswer!) : Outcome.FromException<HttpResponseMessage>(failedWith);
        var call = new FailoverCall(
            (copy, token) => SendOnceAsync(copy, operation, token), request, operation, routing, _retry, _options.TimeProvider, started, FailoverLogger(), firstFailure, cancellationToken);
        Outcome<HttpResponseMessage> outcome = await Routing.FailoverPipeline.RunAsync(FailoverPipelineFor(), call, cancellationToken).ConfigureAwait(false);
        AttemptHistory? attempts = call.History.Count > 1 ? call.History : null;
        if (outcome.Result is { } response)
        {
            return new FailedOver(response, attempts);
        }

        throw FailoverFailure.For(outcome.Exception!, operation, call, _retry.Deadline, cancellationToken);
    }

    // Each hop is a new request (a sent one cannot be sent again) sharing the buffered body, if any; every hop's request is
    // disposed as soon as its answer is in, the body only with the first request.
    private async Task<HttpResponseMessage> FollowRedirectsAsync(
        HttpRequestMessage first, HttpResponseMessage response, Uri origin, AgoraOperation operation, CancellationToken cancellationToken)
    {
        HttpRequestMessage previous = first;
        for (int hop = 1; RedirectFollower.IsRedirect(response); hop++)
        {
            HttpRequestMessage next;
            try
            {
                next = RedirectFollower.Next(previous, response, origin, operation, hop);
            }
            finally
            {
                response.Dispose();
                if (!ReferenceEquals(previous, first))
                {
                    previous.Content = null;
                    previous.Dispose();
                }
            }

            if (operation.IsIdempotent)
            {
                AgoraRequests.MarkIdempotent(next);
            }

            previous = next;
            try
            {
                response = await _httpClient.SendAsync(next, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
            }
            catch
            {
                next.Content = null;
                next.Dispose();
                throw;
            }
        }

        if (!ReferenceEquals(previous, first))
        {
            previous.Content = null;
            previous.Dispose();
        }

        return response;
    }

    /// <summary>Builds the exception for a failed response from a bounded read of its body.</summary>
    internal Task<AgoraApiException> ReadErrorAsync(in ResponseContext context, CancellationToken cancellationToken) =>
        AgoraErrorReader.ReadAsync(context.Response, context.Operation, _credentials, context.TokenValue, _options.MaxErrorResponseBytes, context.Attempts, cancellationToken);
}
