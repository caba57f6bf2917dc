using System.Threading;
using System.Threading.Tasks;

namespace Agora.Rest.Testing;

/// <summary>
/// A fault waiting in the emulator for the requests (or, for a connection-level fault, the connections) it was injected
/// for, returned by <see cref="AgoraEmulator.InjectFault(string, string, EmulatorFault, int)"/> and
/// <see cref="AgoraEmulator.InjectFault(string, EmulatorFault, int)"/>: a test can wait until the fault has met its requests
/// (say, before cancelling a call that hangs) and withdraw what is left of it (say, after a call that timed out before it
/// reached the emulator).
/// </summary>
public sealed class InjectedFault
{
    private readonly TaskCompletionSource _allMet = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _remaining;

    internal InjectedFault(EmulatorFault fault, int times)
    {
        Fault = fault;
        _remaining = times;
    }

    /// <summary>What the matching requests (or connections) meet.</summary>
    public EmulatorFault Fault { get; }

    /// <summary>How many more matching requests (or connections) will meet the fault.</summary>
    public int Remaining => Volatile.Read(ref _remaining);

    /// <summary>
    /// Completes once the fault has met every request it was injected for (a request has met it when the emulator has
    /// begun to apply it: a hanging request is still waiting; a connection, when the hosts handler has begun to open it),
    /// or is cancelled by <see cref="Withdraw"/>.
    /// </summary>
    public Task Met => _allMet.Task;

    /// <summary>Withdraws what is left of the fault: later requests are answered normally, later connections opened.</summary>
    public void Withdraw()
    {
        if (Interlocked.Exchange(ref _remaining, 0) > 0)
        {
            _allMet.TrySetCanceled();
        }
    }

    /// <summary>Counts one matching request (or connection) against the fault; <see langword="false"/> once it is used up.</summary>
    internal bool TryTake()
    {
        int remaining;
        do
        {
            remaining = Volatile.Read(ref _remaining);
            if (remaining == 0)
            {
                return false;
            }
        }
        while (Interlocked.CompareExchange(ref _remaining, remaining - 1, remaining) != remaining);

        if (remaining == 1)
        {
            _allMet.TrySetResult();
        }

        return true;
    }
}
