using System;
using System.Collections.Generic;
using System.Diagnostics.Tracing;
using System.IO;
using System.Threading;

namespace Agora.ColdStart;

/// <summary>
/// Counts the types the runtime loads while a variant creates its client and makes its call, from the runtime's own
/// type-load events (the <c>TypeDiagnostic</c> keyword of <c>Microsoft-Windows-DotNETRuntime</c>, <c>TypeLoadStop</c>), received
/// in process by an <see cref="EventListener"/>. Each distinct type handle counts once (generic instantiations, their
/// canonical forms and arrays included): loading them is what costs start-up time beside the JIT.
/// </summary>
/// <remarks>
/// Only in runs that ask for it (<see cref="EnabledVariable"/>): the listener starts an event session and a thread
/// that delivers the events, which would add to the times of a timed run. Events arrive on that thread some
/// time after the fact, so each is counted in the phase that was current when it was raised (its
/// <see cref="EventWrittenEventArgs.TimeStamp"/> against the phases' start times), after a pause that lets the session
/// drain. The listener's own loads before the first phase are left out; the few the delivery thread makes during a
/// phase fall on every variant alike.
/// </remarks>
internal sealed class TypeLoadCounter : EventListener
{
    public const string EnabledVariable = "AGORA_COLDSTART_COUNT_TYPE_LOADS";

    /// <summary>When set to a file path, the names of the types loaded in the phases are written there, one a line.</summary>
    public const string ListVariable = "AGORA_COLDSTART_TYPE_LOAD_LIST";

    private const string RuntimeProvider = "Microsoft-Windows-DotNETRuntime";
    private const EventKeywords TypeDiagnosticKeyword = (EventKeywords)0x8000000000;
    private const int TypeLoadStopEventId = 74;

    // Long enough for the session's delivery thread to hand over everything raised before it (it polls).
    private static readonly TimeSpan s_drain = TimeSpan.FromMilliseconds(1500);

    private readonly object _gate = new();
    private readonly List<(DateTime At, string Name)> _loads = new();
    private readonly DateTime[] _phaseStarts = new DateTime[3];

    public enum Phase
    {
        Creation = 0,
        FirstCall = 1,
        Done = 2,
    }

    /// <summary>The counter of this run, or <see langword="null"/> when type loads are not counted.</summary>
    public static TypeLoadCounter? Active { get; private set; }

    /// <summary>Starts counting if the environment asks for it; waits until the session delivers events.</summary>
    public static void StartIfRequested()
    {
        if (Environment.GetEnvironmentVariable(EnabledVariable) != "1")
        {
            return;
        }

        var counter = new TypeLoadCounter();
        Active = counter;

        // Loading a type now and waiting for its event proves the session is delivering before the phases begin.
        DateTime deadline = DateTime.UtcNow + TimeSpan.FromSeconds(10);
        while (counter.Count() == 0 && DateTime.UtcNow < deadline)
        {
            _ = new List<TypeLoadCounter>();
            Thread.Sleep(50);
        }
    }

    public void Mark(Phase phase) => _phaseStarts[(int)phase] = DateTime.UtcNow;

    /// <summary>Waits for the session to drain, then returns the types loaded in each phase.</summary>
    public (int Creation, int FirstCall) Finish()
    {
        Mark(Phase.Done);
        Thread.Sleep(s_drain);
        List<(DateTime At, string Name)> loads;
        lock (_gate)
        {
            loads = new List<(DateTime At, string Name)>(_loads);
        }

        loads.Sort((a, b) => a.At.CompareTo(b.At));

        // A type raises an event per load level it reaches, so each name counts once, in the phase it first shows up
        // in; a name seen before the first phase was loaded (in part) before the variant started and does not count.
        var seen = new HashSet<string>(StringComparer.Ordinal);
        int creation = 0, firstCall = 0;
        var names = new List<string>();
        foreach ((DateTime at, string name) in loads)
        {
            if (at >= _phaseStarts[(int)Phase.Done] || !seen.Add(name) || at < _phaseStarts[(int)Phase.Creation])
            {
                continue;
            }

            bool inCreation = at < _phaseStarts[(int)Phase.FirstCall];
            creation += inCreation ? 1 : 0;
            firstCall += inCreation ? 0 : 1;
            names.Add((inCreation ? "creation\t" : "first-call\t") + name);
        }

        if (Environment.GetEnvironmentVariable(ListVariable) is { Length: > 0 } listPath)
        {
            File.WriteAllLines(listPath, names);
        }

        return (creation, firstCall);
    }

    protected override void OnEventSourceCreated(EventSource eventSource)
    {
        if (eventSource.Name == RuntimeProvider)
        {
            EnableEvents(eventSource, EventLevel.Verbose, TypeDiagnosticKeyword);
        }
    }

    protected override void OnEventWritten(EventWrittenEventArgs eventData)
    {
        if (eventData.EventId != TypeLoadStopEventId)
        {
            return;
        }

        string name = eventData.PayloadNames is { } payloadNames && payloadNames.IndexOf("TypeName") is int index and >= 0
            ? eventData.Payload![index] as string ?? "?"
            : "?";
        lock (_gate)
        {
            _loads.Add((eventData.TimeStamp.ToUniversalTime(), name));
        }
    }

    private int Count()
    {
        lock (_gate)
        {
            return _loads.Count;
        }
    }
}
