using System.Collections.Generic;

namespace Agora.Rest.Testing.State;

/// <summary>Who is logged in to Signaling, per app, as the user events say; decides whether a peer message is delivered.</summary>
internal sealed class SignalingPresence
{
    private readonly object _gate = new();
    private readonly HashSet<(string AppId, string UserId)> _online = new();

    public void Set(string appId, string userId, bool online)
    {
        lock (_gate)
        {
            if (online)
            {
                _online.Add((appId, userId));
            }
            else
            {
                _online.Remove((appId, userId));
            }
        }
    }

    public bool IsOnline(string appId, string userId)
    {
        lock (_gate)
        {
            return _online.Contains((appId, userId));
        }
    }
}
