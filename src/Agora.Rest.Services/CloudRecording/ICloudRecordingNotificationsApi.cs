using System.Threading;
using System.Threading.Tasks;
using Agora.Rest;

namespace Agora.Rest.Services.CloudRecording;

/// <summary>
/// The addresses of Agora's notification (NCS) servers, which deliver Cloud Recording events to your webhook; the same
/// for every recording mode.
/// </summary>
[AgoraApi("https://api.sd-rtn.com", JsonContext = typeof(AgoraServicesJson))]
[BasicAuth]
public partial interface ICloudRecordingNotificationsApi
{
    /// <summary>
    /// Lists the notification servers' IP addresses to allow through your firewall. They change: fetch them at least once
    /// every 24 hours and update the allow-list automatically. Use <see cref="NotificationServerIpsResponse.PrimaryIps"/>.
    /// </summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    [Get("/v1/ncs/ip")]
    Task<NotificationServerIpsResponse> GetNotificationServerIpsAsync(CancellationToken cancellationToken = default);
}
