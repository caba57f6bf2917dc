using Agora.Rest.Services.ChannelManagement;
using Agora.Rest.Tokens;
using Microsoft.Extensions.Options;

namespace Agora.Samples.Server;

/// <summary>Server-side Agora REST calls on behalf of signed-in callers: who is online, and Signaling presence.</summary>
internal static class AgoraEndpoints
{
    public static void MapAgoraEndpoints(this WebApplication app)
    {
        RouteGroupBuilder api = app.MapGroup("/api").RequireAuthorization();

        api.MapGet("/channels", async (IChannelApi channels, IOptions<AgoraAppOptions> agora, CancellationToken cancellationToken) =>
        {
            ChannelListResponse list = await channels.ListChannelsAsync(agora.Value.AppId!, cancellationToken: cancellationToken);
            IReadOnlyList<ChannelSummary> page = list.Data?.Channels ?? [];
            return new OnlineChannels(page.Select(c => new OnlineChannel(c.ChannelName ?? string.Empty, c.UserCount)).ToList(), list.Data?.TotalSize ?? 0);
        });

        api.MapGet("/channels/{name}/users", async (string name, IChannelApi channels, IOptions<AgoraAppOptions> agora, CancellationToken cancellationToken) =>
        {
            ChannelUsersResponse users = await channels.ListUsersAsync(agora.Value.AppId!, name, cancellationToken: cancellationToken);
            // A communication channel lists its users; a live-broadcast one its hosts and audience.
            ChannelUsers? data = users.Data;
            IReadOnlyList<long> uids = data?.Users ?? [.. data?.Broadcasters ?? [], .. data?.Audience ?? []];
            return new ChannelMembers(name, data?.ChannelExist ?? false, uids);
        });

        // Signaling returns each event once, to whoever reads first: a real app reads them in one background job and
        // shares the result, rather than per caller as this demonstration does.
        api.MapGet("/presence", async (ISignalingApi signaling, IOptions<AgoraAppOptions> agora, CancellationToken cancellationToken) =>
        {
            UserEventsResponse events = await signaling.GetUserEventsAsync(agora.Value.AppId!, cancellationToken);
            return events.Events.Select(e => new PresenceChange(e.UserId, e.Type == "Login", DateTimeOffset.FromUnixTimeMilliseconds(e.Ms))).ToList();
        });
    }
}

public sealed record OnlineChannel(string Name, int Users);

public sealed record OnlineChannels(IReadOnlyList<OnlineChannel> Channels, int Total);

public sealed record ChannelMembers(string Name, bool Exists, IReadOnlyList<long> Uids);

public sealed record PresenceChange(string UserId, bool Online, DateTimeOffset At);
