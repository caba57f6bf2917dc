using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace Agora.Rest.Testing.Gateway;

/// <summary>
/// The requests the emulator has finished with, in order, and a way to wait for a number of them: a request the caller
/// abandoned is logged only once the server notices, which a test can await rather than poll for.
/// </summary>
internal sealed class RequestLog
{
    private readonly object _gate = new();
    private readonly List<ReceivedRequest> _requests = new();
    private readonly List<(int Count, TaskCompletionSource Reached)> _waiters = new();

    public void Add(ReceivedRequest request)
    {
        lock (_gate)
        {
            _requests.Add(request);
            for (int i = _waiters.Count - 1; i >= 0; i--)
            {
                if (_waiters[i].Count <= _requests.Count)
                {
                    _waiters[i].Reached.TrySetResult();
                    _waiters.RemoveAt(i);
                }
            }
        }
    }

    public IReadOnlyList<ReceivedRequest> Snapshot()
    {
        lock (_gate)
        {
            return _requests.ToArray();
        }
    }

    public Task WaitForCountAsync(int count, CancellationToken cancellationToken)
    {
        var reached = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        (int, TaskCompletionSource) waiter = (count, reached);
        lock (_gate)
        {
            if (_requests.Count >= count)
            {
                return Task.CompletedTask;
            }

            _waiters.Add(waiter);
        }

        if (cancellationToken.CanBeCanceled)
        {
            // A wait given up leaves nothing behind for the emulator's lifetime.
            cancellationToken.Register(() =>
            {
                lock (_gate)
                {
                    _waiters.Remove(waiter);
                }

                reached.TrySetCanceled(cancellationToken);
            });
        }

        return reached.Task;
    }
}
