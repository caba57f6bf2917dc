using Agora.Rest.Services.ChannelManagement;
using Agora.Rest.Tokens;
using Microsoft.Extensions.Options;

namespace AgoraServer;

/// <summary>
/// Calls Agora's Channel Management API for signed-in callers, with the account's Customer ID and Secret (HTTP Basic),
/// which never leave the server. Inject any other client of Agora.Rest.Services (IMixRecordingApi,
/// IConversationalAiApi, ...) the same way.
/// </summary>
public static class ChannelEndpoints
{
    public static void MapChannelEndpoints(this WebApplication app)
    {
        app.MapGet("/api/channels", async (IChannelApi channels, IOptions<AgoraAppOptions> agora, CancellationToken cancellationToken) =>
        {
            ChannelListResponse list = await channels.ListChannelsAsync(agora.Value.AppId!, cancellationToken: cancellationToken);
            IReadOnlyList<ChannelSummary> page = list.Data?.Channels ?? [];
            return new OnlineChannels([.. page.Select(c => new OnlineChannel(c.ChannelName ?? string.Empty, c.UserCount))], list.Data?.TotalSize ?? 0);
        }).RequireAuthorization();
    }
}

public sealed record OnlineChannel(string Name, int Users);

public sealed record OnlineChannels(IReadOnlyList<OnlineChannel> Channels, int Total);
