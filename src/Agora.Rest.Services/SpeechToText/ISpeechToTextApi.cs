using System.Threading;
using System.Threading.Tasks;
using Agora.Rest;

namespace Agora.Rest.Services.SpeechToText;

/// <summary>
/// Agora Real-time Speech-to-Text (STT, REST API v7): starts an agent that transcribes, translates and records captions of
/// a channel, then queries, updates, lists and stops it. Basic authentication with the Customer ID and Secret.
/// </summary>
/// <remarks>
/// A failure (any status but 200) raises <see cref="AgoraApiException"/>; Agora's <c>detail</c> field is its
/// <see cref="AgoraApiException.ErrorMessage"/> and <c>reason</c> its <see cref="AgoraApiException.Reason"/>.
/// Agora documents no rate limits for these operations.
/// </remarks>
[AgoraApi("https://api.agora.io", JsonContext = typeof(AgoraServicesJson))]
[BasicAuth]
public partial interface ISpeechToTextApi
{
    /// <summary>
    /// Starts an STT agent in a channel (Agora's <c>join</c>); keep the returned <c>agent_id</c> for the other calls.
    /// Not repeatable: an agent name can be used once only.
    /// </summary>
    /// <param name="appId">The project's App ID.</param>
    /// <param name="request">Languages, channel and bot settings, and optional translation and caption recording.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [Post("/api/speech-to-text/v1/projects/{appId}/join")]
    Task<SttAgentResponse> JoinAsync(string appId, [Body] SttJoinRequest request, CancellationToken cancellationToken = default);

    /// <summary>Reads the state of one STT agent (Agora's <c>query</c>).</summary>
    /// <param name="appId">The project's App ID.</param>
    /// <param name="agentId">The <c>agent_id</c> that <see cref="JoinAsync"/> returned.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [Get("/api/speech-to-text/v1/projects/{appId}/agents/{agentId}")]
    Task<SttAgentQueryResponse> QueryAsync(string appId, string agentId, CancellationToken cancellationToken = default);

    /// <summary>Stops an STT agent and makes its bots leave the channel (Agora's <c>leave</c>); Agora documents no response body.</summary>
    /// <param name="appId">The project's App ID.</param>
    /// <param name="agentId">The <c>agent_id</c> that <see cref="JoinAsync"/> returned.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [Post("/api/speech-to-text/v1/projects/{appId}/agents/{agentId}/leave")]
    Task LeaveAsync(string appId, string agentId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Changes a running agent's languages, hot words, per-user languages, subscriptions or translation (Agora's <c>update</c>).
    /// </summary>
    /// <remarks>
    /// Agora marks <c>sequenceId</c> and <c>updateMask</c> deprecated yet still required, so both are required here.
    /// One Agora reference version adds that an update resets neither the idle timer nor the 72-hour lifetime.
    /// </remarks>
    /// <param name="appId">The project's App ID.</param>
    /// <param name="agentId">The <c>agent_id</c> that <see cref="JoinAsync"/> returned.</param>
    /// <param name="sequenceId">Deprecated by Agora but required: 0 or more, larger on every update of the agent so the newest wins.</param>
    /// <param name="updateMask">
    /// Deprecated by Agora but required: the comma-separated fields this update applies, for example
    /// <c>languages,rtcConfig.subscribeAudioUids,translateConfig.enable,translateConfig.languages</c>.
    /// </param>
    /// <param name="request">The new values of the fields named in <paramref name="updateMask"/>.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [Post("/api/speech-to-text/v1/projects/{appId}/agents/{agentId}/update")]
    Task<SttAgentResponse> UpdateAsync(
        string appId,
        string agentId,
        [Query("sequenceId")] long sequenceId,
        [Query("updateMask")] string updateMask,
        [Body] SttUpdateRequest request,
        CancellationToken cancellationToken = default);

    /// <summary>Lists the project's STT agents that match the filters, a page at a time (Agora's <c>list</c>).</summary>
    /// <param name="appId">The project's App ID.</param>
    /// <param name="channel">Only agents of this channel.</param>
    /// <param name="fromTime">Start of the time range, Unix seconds; Agora's default is one day ago.</param>
    /// <param name="toTime">End of the time range, Unix seconds; Agora's default is now.</param>
    /// <param name="state">One state to match; Agora's default is <see cref="SttAgentStateFilter.Running"/>.</param>
    /// <param name="limit">Page size; Agora's default is 20.</param>
    /// <param name="cursor">The <c>agent_id</c> of the previous page's last item (its <c>meta.cursor</c>); omit for the first page.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [Get("/api/speech-to-text/v1/projects/{appId}/agents")]
    Task<SttAgentListResponse> ListAgentsAsync(
        string appId,
        [Query("channel")] string? channel = null,
        [Query("from_time")] long? fromTime = null,
        [Query("to_time")] long? toTime = null,
        [Query("state")] SttAgentStateFilter? state = null,
        [Query("limit")] int? limit = null,
        [Query("cursor")] string? cursor = null,
        CancellationToken cancellationToken = default);
}
