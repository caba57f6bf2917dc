using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Net.Sockets;
using System.Threading;
using System.Threading.Tasks;

namespace Agora.Rest.Tests.Routing;

/// <summary>
/// An in-memory stand-in for Agora's hosts, for unit tests of the failover rules: each host answers 200 unless a
/// scripted failure is queued for it. Records every request with the host it went to. Wire tests use the emulator.
/// </summary>
public sealed class ScriptedHosts : HttpMessageHandler
{
    private readonly ConcurrentDictionary<string, ConcurrentQueue<Func<HttpRequestMessage, CancellationToken, Task<HttpResponseMessage>>>> _scripts = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentQueue<Seen> _seen = new();
    private readonly List<(int Count, TaskCompletionSource Reached)> _waiters = new();

    public sealed record Seen(string Host, string Method, string PathAndQuery, string? Authorization, string? Body);

    public IReadOnlyList<Seen> Requests => _seen.ToArray();

    /// <summary>The JSON a host answers with when nothing is scripted for it; plain text naming the host when null.</summary>
    public string? AnswerJson { get; set; }

    public IEnumerable<string> HostsTried
    {
        get
        {
            foreach (Seen seen in _seen)
            {
                yield return seen.Host;
            }
        }
    }

    public ScriptedHosts NameNotResolved(string host, int times = 1) =>
        Queue(host, times, (_, _) => throw new HttpRequestException(HttpRequestError.NameResolutionError, $"Name or service not known ({host}:443)", new SocketException((int)SocketError.HostNotFound)));

    public ScriptedHosts Refused(string host, int times = 1) =>
        Queue(host, times, (_, _) => throw new HttpRequestException(HttpRequestError.ConnectionError, $"Connection refused ({host}:443)", new SocketException((int)SocketError.ConnectionRefused)));

    public ScriptedHosts ConnectionLost(string host, int times = 1) =>
        Queue(host, times, (_, _) => throw new HttpRequestException(HttpRequestError.ResponseEnded, "The response ended prematurely.", new IOException("The response ended prematurely.")));

    public ScriptedHosts Redirect(string host, int status, string location, int times = 1) =>
        Queue(host, times, (request, _) =>
        {
            var response = new HttpResponseMessage((HttpStatusCode)status) { RequestMessage = request };
            response.Headers.Location = new Uri(location);
            return Task.FromResult(response);
        });

    public ScriptedHosts Status(string host, int status, int times = 1, TimeSpan? retryAfter = null) =>
        Queue(host, times, (request, _) =>
        {
            var response = new HttpResponseMessage((HttpStatusCode)status) { Content = new StringContent("""{"message":"scripted"}"""), RequestMessage = request };
            if (retryAfter is { } wait)
            {
                response.Headers.RetryAfter = new System.Net.Http.Headers.RetryConditionHeaderValue(wait);
            }

            return Task.FromResult(response);
        });

    /// <summary>Never answers: the request waits until it is cancelled.</summary>
    public ScriptedHosts Hang(string host, int times = 1) =>
        Queue(host, times, async (_, cancellationToken) =>
        {
            await Task.Delay(Timeout.Infinite, cancellationToken);
            throw new InvalidOperationException("not reached");
        });

    /// <summary>Completes once <paramref name="count"/> requests have arrived.</summary>
    public Task WaitForRequestsAsync(int count)
    {
        lock (_waiters)
        {
            if (_seen.Count >= count)
            {
                return Task.CompletedTask;
            }

            var reached = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiters.Add((count, reached));
            return reached.Task;
        }
    }

    /// <summary>Runs <paramref name="action"/> for the next <paramref name="times"/> requests to <paramref name="host"/>.</summary>
    public ScriptedHosts Queue(string host, int times, Func<HttpRequestMessage, CancellationToken, Task<HttpResponseMessage>> action)
    {
        ConcurrentQueue<Func<HttpRequestMessage, CancellationToken, Task<HttpResponseMessage>>> queue = _scripts.GetOrAdd(host, _ => new());
        for (int i = 0; i < times; i++)
        {
            queue.Enqueue(action);
        }

        return this;
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        string host = request.RequestUri!.Host;
        string? body = request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken);
        lock (_waiters)
        {
            _seen.Enqueue(new Seen(host, request.Method.Method, request.RequestUri.PathAndQuery, request.Headers.Authorization?.ToString(), body));
            _waiters.RemoveAll(waiter => waiter.Count <= _seen.Count && waiter.Reached.TrySetResult());
        }

        if (_scripts.TryGetValue(host, out var queue) && queue.TryDequeue(out var action))
        {
            return await action(request, cancellationToken);
        }

        // As real handlers do, the response names the request it answers: the client checks where an answer came from.
        HttpContent content = AnswerJson is null
            ? new StringContent("ok from " + host)
            : new StringContent(AnswerJson, System.Text.Encoding.UTF8, "application/json");
        return new HttpResponseMessage(HttpStatusCode.OK) { Content = content, RequestMessage = request };
    }
}
