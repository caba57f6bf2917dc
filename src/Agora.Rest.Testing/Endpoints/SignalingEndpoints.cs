using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using Agora.Rest.Testing.Gateway;
using Agora.Rest.Testing.State;
using Microsoft.AspNetCore.Http;

namespace Agora.Rest.Testing.Endpoints;

/// <summary>Signaling events: <c>GET /dev/v2/project/{appid}/rtm/vendor/user_events</c>, read once.</summary>
internal sealed class SignalingEndpoints
{
    private readonly UserEventQueue _userEvents;

    public SignalingEndpoints(UserEventQueue userEvents)
    {
        _userEvents = userEvents;
    }

    public Task UserEventsAsync(RouteRequest request)
    {
        IReadOnlyList<UserEvent> events = _userEvents.Take(request["appid"]);
        return JsonAnswer.WriteAsync(request.Context, StatusCodes.Status200OK, new EventsAnswer("success", Guid.NewGuid().ToString("N"), events));
    }

    internal sealed record EventsAnswer(string Result, string RequestId, IReadOnlyList<UserEvent> Events);
}
