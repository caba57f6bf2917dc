using System.Collections.Generic;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;

namespace Agora.Rest.Testing.Gateway;

/// <summary>The faults waiting for requests: each for the next N requests its template matches, first added first.</summary>
internal sealed class FaultPlan
{
    private readonly object _gate = new();
    private readonly List<Entry> _entries = new();

    public void Add(RouteTemplate template, EmulatorFault fault, int times)
    {
        lock (_gate)
        {
            _entries.Add(new Entry(template, fault, times));
        }
    }

    /// <summary>The fault for this request, counting it, or <see langword="null"/>.</summary>
    public EmulatorFault? Take(string method, string path)
    {
        lock (_gate)
        {
            foreach (Entry entry in _entries)
            {
                if (entry.Remaining > 0 && entry.Template.Match(method, path) is not null)
                {
                    entry.Remaining--;
                    return entry.Fault;
                }
            }

            return null;
        }
    }

    /// <summary>Applies the fault; returns whether the request is answered (or dropped) and needs nothing more.</summary>
    public static async Task<bool> ApplyAsync(EmulatorFault fault, HttpContext context)
    {
        if (fault.Delay > System.TimeSpan.Zero)
        {
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
            // Announce more than is sent, send the part, and leave: the client sees the body end early.
            context.Response.ContentLength = (body.Length * 2) + 1;
            await context.Response.Body.WriteAsync(body, context.RequestAborted).ConfigureAwait(false);
            await context.Response.Body.FlushAsync(context.RequestAborted).ConfigureAwait(false);
            context.Abort();
            return true;
        }

        await context.Response.Body.WriteAsync(body, context.RequestAborted).ConfigureAwait(false);
        return true;
    }

    private sealed class Entry(RouteTemplate template, EmulatorFault fault, int remaining)
    {
        public RouteTemplate Template { get; } = template;

        public EmulatorFault Fault { get; } = fault;

        public int Remaining { get; set; } = remaining;
    }
}
