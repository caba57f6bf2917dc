using System.Threading;
using System.Threading.Tasks;
using Agora.Rest;

namespace Agora.Rest.Services.ChannelManagement;

/// <summary>
/// The Agora Notifications service (NCS), which posts channel events to your webhook: the addresses its servers send
/// from, for a firewall allowlist.
/// </summary>
[AgoraApi("https://api.agora.io", JsonContext = typeof(AgoraServicesJson))]
[BasicAuth]
public partial interface IChannelNotificationsApi
{
    /// <summary>
    /// Returns the IP addresses of the Notifications servers. Agora changes them from time to time: fetch them at least
    /// every 24 hours and update the allowlist automatically.
    /// </summary>
    /// <param name="cancellationToken">Cancels the request.</param>
    [Get("/v2/ncs/ip")]
    Task<NotificationServerIpsResponse> GetNotificationServerIpsAsync(CancellationToken cancellationToken = default);
}
