using System.Threading;
using System.Threading.Tasks;
using Agora.Rest;

namespace Agora.Rest.Services.ConversationalAi;

/// <summary>
/// Agora Conversational AI (v2): start AI agents in RTC channels, steer them while they run, and read their history and
/// turn metrics. Declared once for both services: <see cref="IConversationalAiApi"/> (global) and
/// <see cref="IConversationalAiChinaApi"/> (Agora's China service) add the address and the schemes each accepts.
/// </summary>
/// <remarks>
/// Any status other than 200 is a failure whose body carries Agora's <c>detail</c> and <c>reason</c>
/// (<see cref="AgoraApiException.ErrorMessage"/> and <see cref="AgoraApiException.Reason"/>).
/// </remarks>
public interface IConversationalAiOperations
{
    /// <summary>
    /// Creates and starts an agent, which joins <see cref="AgentProperties.Channel"/>. The name must not have been used
    /// before. Agora answers 400 for an invalid request, for example a greeting audio URL that is not an http(s) URL
    /// or comes without a greeting message.
    /// </summary>
    /// <param name="appId">The project's App ID.</param>
    /// <param name="request">The agent's name and configuration.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The new agent's ID, creation time and status.</returns>
    [Post("/{appId}/join")]
    Task<AgentInstanceResponse> JoinAsync(string appId, [Body] JoinAgentRequest request, CancellationToken cancellationToken = default);

    /// <summary>
    /// Stops an agent, which leaves the channel. With graceful leave configured at join, the agent first waits up to
    /// its timeout for an idle moment.
    /// </summary>
    /// <param name="appId">The project's App ID.</param>
    /// <param name="agentId">The agent ID that <see cref="JoinAsync"/> returned.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>Completes when Agora has accepted the stop; the answer has no body.</returns>
    [Post("/{appId}/agents/{agentId}/leave")]
    Task LeaveAsync(string appId, string agentId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Changes a running agent's settings: a fresh RTC token (after the <c>104 agent expire</c> event), LLM system
    /// messages and parameters, MLLM parameters. LLM <c>params</c> replace the ones given at join as a whole.
    /// </summary>
    /// <param name="appId">The project's App ID.</param>
    /// <param name="agentId">The agent ID that <see cref="JoinAsync"/> returned.</param>
    /// <param name="request">The settings to change.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The agent's ID, creation time and status.</returns>
    [Post("/{appId}/agents/{agentId}/update")]
    Task<AgentInstanceResponse> UpdateAsync(string appId, string agentId, [Body] UpdateAgentRequest request, CancellationToken cancellationToken = default);

    /// <summary>Reads one agent's status, start and stop times, and the reason it exited if it did.</summary>
    /// <param name="appId">The project's App ID.</param>
    /// <param name="agentId">The agent ID that <see cref="JoinAsync"/> returned.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The agent's status.</returns>
    [Get("/{appId}/agents/{agentId}")]
    Task<AgentStatusResponse> QueryAsync(string appId, string agentId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Lists a project's agents, one page at a time: pass <see cref="AgentListMeta.Cursor"/> back as
    /// <paramref name="cursor"/> for the next page. Every filter is optional.
    /// </summary>
    /// <param name="appId">The project's App ID.</param>
    /// <param name="channel">Only agents in this channel.</param>
    /// <param name="fromTime">Range start, Unix seconds; Agora's default is two hours ago.</param>
    /// <param name="toTime">Range end, Unix seconds; Agora's default is now.</param>
    /// <param name="state">Only agents in these states, sent as one comma-separated value; Agora's default is RUNNING.</param>
    /// <param name="limit">Page size; Agora's default is 20.</param>
    /// <param name="cursor">The agent ID where the page starts, from the previous page's <see cref="AgentListMeta.Cursor"/>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>One page of agents.</returns>
    [Get("/{appId}/agents")]
    Task<ListAgentsResponse> ListAsync(
        string appId,
        [Query("channel")] string? channel = null,
        [Query("from_time")] long? fromTime = null,
        [Query("to_time")] long? toTime = null,
        [Query("state")] AgentStateFilter? state = null,
        [Query("limit")] int? limit = null,
        [Query("cursor")] string? cursor = null,
        CancellationToken cancellationToken = default);

    /// <summary>
    /// Makes the agent say a text through its TTS now (by default interrupting what it says or thinks). Not available
    /// when the agent uses an MLLM.
    /// </summary>
    /// <param name="appId">The project's App ID.</param>
    /// <param name="agentId">The agent ID that <see cref="JoinAsync"/> returned.</param>
    /// <param name="request">The text (at most 512 bytes) and how it competes with the current turn.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The agent's ID, channel and creation time, or <see langword="null"/> when Agora answers with no body (as its prose says it does).</returns>
    [Post("/{appId}/agents/{agentId}/speak")]
    Task<AgentActionResponse?> SpeakAsync(string appId, string agentId, [Body] SpeakRequest request, CancellationToken cancellationToken = default);

    /// <summary>Stops the agent while it speaks or thinks. Sends no body.</summary>
    /// <param name="appId">The project's App ID.</param>
    /// <param name="agentId">The agent ID that <see cref="JoinAsync"/> returned.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>Completes when Agora has accepted the interruption (Agora documents no answer fields).</returns>
    [Post("/{appId}/agents/{agentId}/interrupt")]
    Task InterruptAsync(string appId, string agentId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Sends a text instruction that the agent handles as user input (hidden context, a client event, text next to
    /// voice); what it does depends on whether the agent is listening, thinking or speaking.
    /// </summary>
    /// <param name="appId">The project's App ID.</param>
    /// <param name="agentId">The agent ID that <see cref="JoinAsync"/> returned.</param>
    /// <param name="request">The instruction and the action for each agent state.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The agent's ID, channel and creation time.</returns>
    [Post("/{appId}/agents/{agentId}/think")]
    Task<AgentActionResponse> ThinkAsync(string appId, string agentId, [Body] ThinkRequest request, CancellationToken cancellationToken = default);

    /// <summary>Reads the conversation between the user and a running agent (only running agents can be queried).</summary>
    /// <param name="appId">The project's App ID.</param>
    /// <param name="agentId">The agent ID that <see cref="JoinAsync"/> returned.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The agent's messages so far.</returns>
    [Get("/{appId}/agents/{agentId}/history")]
    Task<AgentHistoryResponse> GetHistoryAsync(string appId, string agentId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Reads each conversation turn of a session (how it started and ended, latency breakdown), one page at a time.
    /// Only sessions of the last 7 days can be queried.
    /// </summary>
    /// <param name="appId">The project's App ID.</param>
    /// <param name="agentId">The agent ID that <see cref="JoinAsync"/> returned.</param>
    /// <param name="pageIndex">The page, from 1 (Agora's default).</param>
    /// <param name="pageSize">Turns per page; Agora's default is 50.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>One page of turns.</returns>
    [Get("/{appId}/agents/{agentId}/turns")]
    Task<AgentTurnsResponse> GetTurnsAsync(
        string appId,
        string agentId,
        [Query("page_index")] int? pageIndex = null,
        [Query("page_size")] int? pageSize = null,
        CancellationToken cancellationToken = default);
}

/// <summary>
/// Agora Conversational AI on its global service (<c>/api/conversational-ai-agent/...</c>). Use
/// <see cref="IConversationalAiChinaApi"/> for Agora's China service.
/// </summary>
/// <remarks>
/// Authenticates as Agora documents, with either scheme: HTTP Basic with <c>AgoraCredentials.Basic(customerId,
/// customerSecret)</c>, or <c>Authorization: agora token=</c> with <c>AgoraCredentials.Token(...)</c> (a ConvoAI token of
/// the app, see <c>ConvoAiTokenBuilder</c>; Agora checks its channel and uid against the agent's).
/// </remarks>
[AgoraApi("https://api.agora.io/api/conversational-ai-agent/v2/projects", JsonContext = typeof(AgoraServicesJson)), BasicAuth, AccessToken2Auth]
public partial interface IConversationalAiApi : IConversationalAiOperations
{
}

/// <summary>
/// The same Conversational AI operations on Agora's China service (<c>/cn/api/conversational-ai-agent/...</c>). Its
/// client also implements <see cref="IConversationalAiApi"/>, so code written against that interface works with either.
/// </summary>
/// <remarks>
/// The China service's description declares HTTP Basic only, so its client takes Basic credentials only. It documents its
/// own vendor lists (for example ASR and TTS providers of mainland China).
/// </remarks>
[AgoraApi("https://api.agora.io/cn/api/conversational-ai-agent/v2/projects", JsonContext = typeof(AgoraServicesJson)), BasicAuth]
public partial interface IConversationalAiChinaApi : IConversationalAiApi
{
}
