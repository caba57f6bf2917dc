using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Agora.Rest.Infrastructure;
using Microsoft.Extensions.Logging;
using Polly;

namespace Agora.Rest.Routing;

/// <summary>
/// One call that failed on its first attempt and may go on, over Agora's domains: which host each further attempt goes
/// to, whether it may be repeated at all, how long to wait first, and what happened on each host.
/// </summary>
/// <remarks>
/// Created only once a call has failed, so a call that succeeds allocates none of this. A request that provably never
/// reached a server may go to another host whatever its method; one that may have reached it is repeated only when
/// <see cref="AgoraRequests.IsRepeatable"/> says so; a 429 is a refusal before any processing and waits for its
/// <c>Retry-After</c>. A body is sent again only when it is held in memory.
/// </remarks>
internal sealed class FailoverCall
{
    private readonly Func<HttpRequestMessage, CancellationToken, Task<HttpResponseMessage>> _send;
    private readonly HttpRequestMessage _original;
    private readonly AgoraOperation _operation;
    private readonly RoutingPlan _plan;
    private readonly RetrySettings _retry;
    private readonly int _maxRetryAttempts;
    private readonly TimeProvider _clock;
    private readonly long _started;
    private readonly ILogger? _logger;
    private readonly CancellationToken _callerToken;
    private readonly bool[] _triedThisRound;
    private Outcome<HttpResponseMessage>? _replay;
    private bool _lastAttemptFollowedRedirect;
    private bool _lastAttemptRepeatedByPipeline;
    private int _host;
    private int _next;
    private int _backoffWaits;
    private string _lastResult = string.Empty;

    public FailoverCall(
        Func<HttpRequestMessage, CancellationToken, Task<HttpResponseMessage>> send,
        HttpRequestMessage original,
        AgoraOperation operation,
        RoutingPlan plan,
        RetrySettings retry,
        TimeProvider clock,
        long started,
        ILogger? logger,
        Outcome<HttpResponseMessage> firstOutcome,
        CancellationToken callerToken)
    {
        _lastAttemptFollowedRedirect = AttemptNotes.FollowedRedirect(original);
        _send = send;
        _original = original;
        _operation = operation;
        _plan = plan;
        _retry = retry;
        _maxRetryAttempts = retry.MaxRetryAttempts;
        _clock = clock;
        _started = started;
        _logger = logger;
        _callerToken = callerToken;
        _replay = firstOutcome;
        _host = plan.Start;
        _triedThisRound = new bool[plan.Hosts.Count];
        _triedThisRound[_host] = true;
    }

    /// <summary>Each host tried and what happened there.</summary>
    public AttemptHistory History { get; } = new();

    /// <summary>The last failure that was an exception, for the deadline's message: the attempt the deadline cut is not one.</summary>
    public Exception? LastFailure { get; private set; }

    /// <summary>The wait before the attempt <see cref="ShouldRepeat"/> last agreed to.</summary>
    public TimeSpan NextDelay { get; private set; }

    /// <summary>The time left before the deadline; <see cref="Timeout.InfiniteTimeSpan"/> when there is none.</summary>
    public TimeSpan RemainingTime() =>
        TimeLeft() is not { } left ? Timeout.InfiniteTimeSpan
        : left > TimeSpan.Zero ? left
        : TimeSpan.FromMilliseconds(1);

    // The deadline less the time since the call started (zero or less once it has passed); null without a deadline.
    private TimeSpan? TimeLeft() =>
        _retry.Deadline == Timeout.InfiniteTimeSpan ? null : _retry.Deadline - _clock.GetElapsedTime(_started);

    /// <summary>Attempt 0 replays the first outcome, which the caller already met; later ones go to the chosen host.</summary>
    public ValueTask<Outcome<HttpResponseMessage>> AttemptAsync(CancellationToken cancellationToken)
    {
        if (_replay is { } first)
        {
            _replay = null;
            return new ValueTask<Outcome<HttpResponseMessage>>(first);
        }

        return new ValueTask<Outcome<HttpResponseMessage>>(SendToCurrentHostAsync(cancellationToken));
    }

    private async Task<Outcome<HttpResponseMessage>> SendToCurrentHostAsync(CancellationToken cancellationToken)
    {
        HttpRequestMessage? copy = null;
        try
        {
            copy = RequestCopies.For(_original, _plan.Prefixes[_plan.Start], _plan.Prefixes[_host], _operation);
            _lastAttemptFollowedRedirect = false;
            _lastAttemptRepeatedByPipeline = false;
            return Outcome.FromResult(await _send(copy, cancellationToken).ConfigureAwait(false));
        }
        catch (Exception failure)
        {
            return Outcome.FromException<HttpResponseMessage>(failure);
        }
        finally
        {
            if (copy is not null)
            {
                _lastAttemptFollowedRedirect = AttemptNotes.FollowedRedirect(copy);
                _lastAttemptRepeatedByPipeline = PipelineRetries.RepeatedByPipeline(copy);
                copy.Content = null; // The body belongs to the caller's request, which may still go elsewhere.
                copy.Dispose();
            }
        }
    }

    /// <summary>Records what the attempt on the current host met and decides whether another attempt follows, and where.</summary>
    public bool ShouldRepeat(Outcome<HttpResponseMessage> outcome, int attemptNumber, CancellationToken attemptToken)
    {
        string host = _plan.Hosts[_host];
        FailureKind kind;
        string result;
        if (outcome.Exception is { } failure)
        {
            kind = FailureClassifier.Classify(failure, _callerToken.IsCancellationRequested || attemptToken.IsCancellationRequested, _lastAttemptFollowedRedirect);
            if (failure is not OperationCanceledException || kind != FailureKind.None)
            {
                LastFailure = failure;
            }

            result = kind == FailureKind.None ? failure.GetType().Name : kind.Describe();
        }
        else
        {
            kind = FailureClassifier.Classify(outcome.Result!);
            result = "HTTP " + ((int)outcome.Result!.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        History.Add(host, result);
        _lastResult = result;
        if (kind == FailureKind.None)
        {
            return false;
        }

        string? refusal = WhyNotRepeated(kind, outcome.Result, attemptNumber);
        if (refusal is not null)
        {
            if (_logger is not null)
            {
                FailoverLog.GivingUp(_logger, _operation.DisplayName, attemptNumber + 1, host, result, refusal);
            }

            return false;
        }

        return true;
    }

    /// <summary>Moves to the host chosen by <see cref="ShouldRepeat"/>, after logging the failed attempt.</summary>
    public void MoveOn(Outcome<HttpResponseMessage> outcome, int attemptNumber, TimeSpan delay)
    {
        outcome.Result?.Dispose();
        if (_logger is not null)
        {
            FailoverLog.Repeating(_logger, _operation.DisplayName, attemptNumber + 1, _plan.Hosts[_host], _lastResult, _plan.Hosts[_next], delay);
        }

        _host = _next;
        _triedThisRound[_host] = true;
    }

    // Null when the call goes on (NextDelay and _next are then set), else why it stops, for the log.
    private string? WhyNotRepeated(FailureKind kind, HttpResponseMessage? response, int attemptNumber)
    {
        if (attemptNumber >= _maxRetryAttempts)
        {
            return $"all {_maxRetryAttempts + 1} attempts made";
        }

        if (_lastAttemptRepeatedByPipeline)
        {
            return "the client's resilience pipeline already repeated it";
        }

        if (_original.Content is not null and not ByteArrayContent)
        {
            return "its body is a stream, which can be sent only once";
        }

        if (_original.Content is not null && Platform.DisposesRequestBodies)
        {
            return "this platform's HttpClient disposes a request's body once it is sent";
        }

        if (!kind.NeverReachedServer() && kind != FailureKind.RateLimited && !AgoraRequests.IsRepeatable(_original))
        {
            return $"a {_original.Method.Method} that may have reached the server is not repeated unless declared [Idempotent]";
        }

        int next = _plan.Next(_host, kind);
        TimeSpan delay;
        if (kind == FailureKind.RateLimited && AgoraErrorReader.RetryAfter(response!, _clock) is { } retryAfter)
        {
            if (retryAfter > MaxRetryAfter)
            {
                return $"its Retry-After asks for {retryAfter.TotalMinutes:0} minutes, more than an hour";
            }

            delay = retryAfter;
            StartNewRound();
        }
        else if (kind.NeverReachedServer() && !_triedThisRound[next])
        {
            delay = TimeSpan.Zero; // Another host, and nothing was sent: no reason to wait.
        }
        else
        {
            delay = Backoff();
            StartNewRound();
        }

        if (TimeLeft() is { } left)
        {
            if (left <= TimeSpan.Zero)
            {
                return "the deadline has passed";
            }

            if (delay >= left)
            {
                return $"the next wait ({delay.TotalMilliseconds:0} ms) would pass the deadline";
            }
        }

        _next = next;
        NextDelay = delay;
        return null;
    }

    private TimeSpan Backoff()
    {
        TimeSpan[] delays = _retry.Delays;
        TimeSpan scheduled = delays[Math.Min(_backoffWaits, delays.Length - 1)];
        _backoffWaits++;
        if (!_retry.UseJitter || scheduled <= TimeSpan.Zero)
        {
            return scheduled;
        }

        double factor = 0.75 + (Jitter.NextDouble() * 0.5);
        return TimeSpan.FromTicks((long)(scheduled.Ticks * factor));
    }

    // A wait longer than this is not a transient condition worth holding a call open for.
    private static readonly TimeSpan MaxRetryAfter = TimeSpan.FromHours(1);

    private void StartNewRound() => Array.Clear(_triedThisRound, 0, _triedThisRound.Length);
}
