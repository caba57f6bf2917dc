using System.Globalization;
using System.Linq;
using System.Threading.Tasks;
using Agora.Rest.Testing.Gateway;
using Agora.Rest.Testing.State;
using Microsoft.AspNetCore.Http;

namespace Agora.Rest.Testing.Endpoints;

/// <summary>
/// Channel management queries: <c>GET /dev/v1/channel/{appid}?page_no=&amp;page_size=</c> and
/// <c>GET /dev/v1/channel/user/{appid}/{channelName}</c> (every channel is a communication channel, mode 1: the
/// emulator does not model hosts and audience).
/// </summary>
internal sealed class ChannelEndpoints
{
    private readonly ChannelDirectory _channels;

    public ChannelEndpoints(ChannelDirectory channels)
    {
        _channels = channels;
    }

    public Task ListAsync(RouteRequest request)
    {
        IQueryCollection query = request.Context.Request.Query;
        // Agora's documented bounds: pages from 0, 1 to 500 channels a page, 100 unless asked.
        if (!TryReadInt(query, "page_no", 0, out int page) || page < 0
            || !TryReadInt(query, "page_size", 100, out int size) || size < 1 || size > 500)
        {
            return JsonAnswer.WriteAsync(request.Context, StatusCodes.Status400BadRequest, new GatewayAnswers.MessageBody("invalid page_no or page_size"));
        }

        var all = _channels.Channels(request["appid"]);
        var pageOfChannels = all.Skip(page * size).Take(size).Select(c => new ChannelSummary(c.Channel, c.UserCount)).ToList();
        return JsonAnswer.WriteAsync(request.Context, StatusCodes.Status200OK, new ChannelListAnswer(true, new ChannelPage(pageOfChannels, all.Count)));
    }

    public Task UsersAsync(RouteRequest request)
    {
        var users = _channels.Users(request["appid"], request["channel"]);
        var answer = new UserListAnswer(true, new UserList(users.Count > 0, Mode: 1, users.Count, users));
        return JsonAnswer.WriteAsync(request.Context, StatusCodes.Status200OK, answer);
    }

    private static bool TryReadInt(IQueryCollection query, string name, int fallback, out int value)
    {
        value = fallback;
        return !query.TryGetValue(name, out var text) || int.TryParse(text.ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out value);
    }

    internal sealed record ChannelSummary(string ChannelName, int UserCount);

    internal sealed record ChannelPage(System.Collections.Generic.IReadOnlyList<ChannelSummary> Channels, int TotalSize);

    internal sealed record ChannelListAnswer(bool Success, ChannelPage Data);

    internal sealed record UserList(bool ChannelExist, int Mode, int Total, System.Collections.Generic.IReadOnlyList<long> Users);

    internal sealed record UserListAnswer(bool Success, UserList Data);
}
