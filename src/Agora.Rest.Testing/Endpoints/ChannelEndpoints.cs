using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading.Tasks;
using Agora.Rest.Testing.Gateway;
using Agora.Rest.Testing.State;
using Microsoft.AspNetCore.Http;

namespace Agora.Rest.Testing.Endpoints;

/// <summary>
/// Channel management queries: the channel list (<c>GET /dev/v1/channel/{appid}?page_no=&amp;page_size=</c>), a
/// channel's users (<c>GET /dev/v1/channel/user/{appid}/{channelName}</c>: users of a communication channel, mode 1,
/// or broadcasters and audience of a live-broadcast one, mode 2; <c>?hosts_only</c> or <c>…/hosts_only</c> for the
/// broadcasters alone), and one user's state (<c>GET /dev/v1/channel/user/property/{appid}/{uid}/{channelName}</c>).
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
        return JsonAnswer.WriteAsync(request.Context, StatusCodes.Status200OK, new Answer<ChannelPage>(true, new ChannelPage(pageOfChannels, all.Count)));
    }

    // A bare ?hosts_only, or any value but false.
    public Task UsersAsync(RouteRequest request) =>
        WriteUsersAsync(request, hostsOnly: request.Context.Request.Query.TryGetValue("hosts_only", out var hostsOnly)
            && !string.Equals(hostsOnly.ToString(), "false", System.StringComparison.OrdinalIgnoreCase));

    public Task HostsAsync(RouteRequest request) => WriteUsersAsync(request, hostsOnly: true);

    public Task PropertyAsync(RouteRequest request)
    {
        if (!long.TryParse(request["uid"], NumberStyles.None, CultureInfo.InvariantCulture, out long uid))
        {
            return JsonAnswer.WriteAsync(request.Context, StatusCodes.Status400BadRequest, new GatewayAnswers.MessageBody("invalid uid: the user property query takes integer uids"));
        }

        object data = _channels.Member(request["appid"], request["channel"], uid) is { } member
            ? new UserProperty(InChannel: true, uid, member.JoinedAt.ToUnixTimeSeconds(), (int)member.Role, Platform: 0)
            : new NotInChannel(InChannel: false);
        return JsonAnswer.WriteAsync(request.Context, StatusCodes.Status200OK, new Answer<object>(true, data));
    }

    private Task WriteUsersAsync(RouteRequest request, bool hostsOnly)
    {
        IReadOnlyList<ChannelMember> members = _channels.Members(request["appid"], request["channel"]);
        object data;
        if (members.Count == 0)
        {
            data = new NoChannel(ChannelExist: false);
        }
        else if (!ChannelDirectory.IsLive(members[0].Role))
        {
            var uids = members.Select(m => m.Uid).ToList();
            data = hostsOnly ? new LiveHosts(true, Mode: 1, uids) : new CommunicationUsers(true, Mode: 1, uids.Count, uids);
        }
        else
        {
            var hosts = members.Where(m => m.Role == ChannelRole.Host).Select(m => m.Uid).ToList();
            var audience = members.Where(m => m.Role == ChannelRole.Audience).Select(m => m.Uid).ToList();
            // Agora lists the first 10,000 audience members and counts them all.
            data = hostsOnly ? new LiveHosts(true, Mode: 2, hosts) : new LiveUsers(true, Mode: 2, hosts, audience.Take(10_000).ToList(), audience.Count);
        }

        return JsonAnswer.WriteAsync(request.Context, StatusCodes.Status200OK, new Answer<object>(true, data));
    }

    private static bool TryReadInt(IQueryCollection query, string name, int fallback, out int value)
    {
        value = fallback;
        return !query.TryGetValue(name, out var text) || int.TryParse(text.ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out value);
    }

    internal sealed record Answer<T>(bool Success, T Data);

    internal sealed record ChannelSummary(string ChannelName, int UserCount);

    internal sealed record ChannelPage(IReadOnlyList<ChannelSummary> Channels, int TotalSize);

    internal sealed record NoChannel(bool ChannelExist);

    internal sealed record CommunicationUsers(bool ChannelExist, int Mode, int Total, IReadOnlyList<long> Users);

    internal sealed record LiveUsers(bool ChannelExist, int Mode, IReadOnlyList<long> Broadcasters, IReadOnlyList<long> Audience, int AudienceTotal);

    internal sealed record LiveHosts(bool ChannelExist, int Mode, IReadOnlyList<long> Broadcasters);

    internal sealed record NotInChannel(bool InChannel);

    internal sealed record UserProperty(bool InChannel, long Uid, long Join, int Role, int Platform);
}
