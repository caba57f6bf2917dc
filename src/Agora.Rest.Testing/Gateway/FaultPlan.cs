using System.Collections.Generic;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;

namespace Agora.Rest.Testing.Gateway;

/// <summary>
/// The faults waiting: each for the next N requests (or, for a connection-level fault, connections the hosts handler
/// opens) its scope matches, first added first.
/// </summary>
internal sealed class FaultPlan
{
    private readonly object _gate = new();
    private readonly List<(FaultScope Scope, InjectedFault Injected)> _entries = new();

    public InjectedFault Add(FaultScope scope, EmulatorFault fault, int times)
    {
        var injected = new InjectedFault(fault, times);
        lock (_gate)
        {
            _entries.Add((scope, injected));
        }

        return injected;
    }

    /// <summary>
    /// The fault for this request, counting it, or <see langword="null"/>; <paramref name="host"/> is the name the request
    /// came in under (its Host, without the port).
    /// </summary>
    public EmulatorFault? TakeForRequest(string method, string path, string host)
    {
        lock (_gate)
        {
            for (int i = 0; i < _entries.Count; i++)
            {
                (FaultScope scope, InjectedFault injected) = _entries[i];
                if (injected.Fault.ConnectionOutcome is null && injected.Remaining > 0 && scope.MatchesRequest(method, path, host) && injected.TryTake())
                {
                    return injected.Fault;
                }
            }

            DropUsedUp();
            return null;
        }
    }

    /// <summary>The connection-level fault for a connection to <paramref name="host"/>, counting it, or <see langword="null"/>.</summary>
    public EmulatorFault? TakeForConnection(string host)
    {
        lock (_gate)
        {
            for (int i = 0; i < _entries.Count; i++)
            {
                (FaultScope scope, InjectedFault injected) = _entries[i];
                if (injected.Fault.ConnectionOutcome is not null && injected.Remaining > 0 && scope.MatchesConnection(host) && injected.TryTake())
                {
                    return injected.Fault;
                }
            }

            DropUsedUp();
            return null;
        }
    }

    /// <summary>Whether a connection-level fault still waits for a connection to <paramref name="host"/>; counts nothing.</summary>
    public bool AwaitsConnection(string host)
    {
        lock (_gate)
        {
            foreach ((FaultScope scope, InjectedFault injected) in _entries)
            {
                if (injected.Fault.ConnectionOutcome is not null && injected.Remaining > 0 && scope.MatchesConnection(host))
                {
                    return true;
                }
            }

            return false;
        }
    }

    // Used-up and withdrawn faults are dropped under the lock, rather than kept for the emulator's lifetime.
    private void DropUsedUp() => _entries.RemoveAll(static entry => entry.Injected.Remaining == 0);

    /// <summary>Applies the fault; returns whether the request is answered (or dropped) and needs nothing more.</summary>
    public static async Task<bool> ApplyAsync(EmulatorFault fault, HttpContext context)
    {
        if (fault.Delay != System.TimeSpan.Zero)
        {
            // Ends only when the caller leaves if the delay is infinite.
            await Task.Delay(fault.Delay, context.RequestAborted).ConfigureAwait(false);
        }

        if (fault.DropsConnection)
        {
            context.Abort();
            return true;
        }

        if (fault.StatusCode is not { } status)
        {
            return false;
        }

        context.Response.StatusCode = status;
        context.Response.Headers["X-Request-ID"] = System.Guid.NewGuid().ToString("N");
        if (fault.RetryAfter is { } retryAfter)
        {
            context.Response.Headers.RetryAfter = ((long)retryAfter.TotalSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        byte[] body = System.Text.Encoding.UTF8.GetBytes(fault.Body ?? string.Empty);
        context.Response.ContentType = fault.Body?.StartsWith('{') == true ? "application/json" : "text/plain";
        if (fault.CutsOffBody)
        {
            // Announce more than is sent, send the part, and return: Kestrel then finishes sending what was written and
            // closes the connection, since the response fell short of its Content-Length. Not HttpContext.Abort(): that
            // discards output still queued for the socket, so the cut would land before the headers on some runs and
            // after them on others, depending on the machine's load.
            context.Response.ContentLength = (body.Length * 2) + 1;
            await context.Response.Body.WriteAsync(body, context.RequestAborted).ConfigureAwait(false);
            await context.Response.Body.FlushAsync(context.RequestAborted).ConfigureAwait(false);
            return true;
        }

        await context.Response.Body.WriteAsync(body, context.RequestAborted).ConfigureAwait(false);
        return true;
    }

}
