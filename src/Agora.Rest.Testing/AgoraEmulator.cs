using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Agora.Rest.Testing.Endpoints;
using Agora.Rest.Testing.Gateway;
using Agora.Rest.Testing.Hosts;
using Agora.Rest.Testing.State;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Agora.Rest.Testing;

/// <summary>
/// Agora's REST service, offline: Kestrel on 127.0.0.1 at a free port, answering with Agora's shapes, status
/// codes and gateway texts. Point a client's <c>HttpClient.BaseAddress</c> at <see cref="BaseAddress"/>; or, to test
/// how a client fails over from one of Agora's hosts to the next, send it through <see cref="CreateAgoraHostsHandler"/>,
/// which takes every Agora host name to the emulator over TLS, and take hosts down with
/// <see cref="InjectFault(string, EmulatorFault, int)"/>.
/// </summary>
public sealed class AgoraEmulator : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly EmulatorListeners _listeners;
    private readonly RefusedEndpoint _refused = new();
    private readonly AgoraHostsConnector _hosts;
    private readonly BasicCredentials _basic;
    private readonly IReadOnlyList<Route> _routes;
    private readonly HashSet<string> _appIds;
    private readonly SignalingTokenCredentials _tokens;
    private readonly ConvoAiTokenCredentials _agentTokens;
    private readonly ChannelDirectory _channels;
    private readonly SignalingEventQueue<UserEvent> _userEvents = new();
    private readonly SignalingEventQueue<ChannelEvent> _channelEvents = new();
    private readonly SignalingPresence _presence = new();
    private readonly ConcurrentQueue<SignalingMessage> _messages = new();
    private readonly RequestLog _received = new();
    private readonly FaultPlan _faults = new();
    private readonly RateLimiter? _rateLimiter;
    private readonly MediaGatewayStore _mediaGateway;

    private AgoraEmulator(WebApplication app, EmulatorListeners listeners, AgoraEmulatorOptions options)
    {
        _app = app;
        _listeners = listeners;
        _hosts = new AgoraHostsConnector(listeners, _refused, _faults);
        _basic = new BasicCredentials(options.CustomerId, options.CustomerSecret);
        _tokens = new SignalingTokenCredentials(options.Apps, options.TimeProvider);
        _agentTokens = new ConvoAiTokenCredentials(options.Apps, options.TimeProvider);
        _appIds = new HashSet<string>(options.Apps.Select(a => a.AppId), StringComparer.Ordinal);
        _channels = new ChannelDirectory(options.TimeProvider);
        _rateLimiter = options.EnforceRateLimits ? new RateLimiter(options.TimeProvider) : null;
        var projects = new ProjectEndpoints(options.Apps.ToList());
        var channels = new ChannelEndpoints(_channels);
        var signalingHistory = new SignalingHistory(options.TimeProvider);
        var signaling = new SignalingEndpoints(_userEvents, _channelEvents, _presence, _messages, signalingHistory);
        var history = new SignalingHistoryEndpoints(signalingHistory, options.TimeProvider);
        const string History = "/rtm/v2/history/{appid}/userId/{user_id}/channelType/{channelType}/channel/{channelName}";
        const string SignalingUser = "/dev/v2/project/{appid}/rtm/users/{user_id}";
        var kickingRules = new KickingRuleEndpoints(new KickingRuleStore(options.TimeProvider), _channels, _appIds);
        var recording = new CloudRecordingEndpoints(new RecordingSessions(options.TimeProvider));
        const string Recording = "/v1/apps/{appid}/cloud_recording";
        const string Session = Recording + "/resourceid/{resourceId}/sid/{sid}/mode/{mode}";
        // Agora runs Conversational AI's global and China services apart: each region has its own agents.
        var agents = new ConversationalAiEndpoints(new AgentRegistry(options.TimeProvider));
        var chinaAgents = new ConversationalAiEndpoints(new AgentRegistry(options.TimeProvider));
        var speechToText = new SpeechToTextEndpoints(new SttTasks(options.TimeProvider, ChannelOccupied), options.TimeProvider);
        const string Stt = "/api/speech-to-text/v1/projects/{appid}";
        _mediaGateway = new MediaGatewayStore(options.TimeProvider);
        var mediaGateway = new MediaGatewayEndpoints(_mediaGateway);
        const string Ingress = "/{region}/v1/projects/{appid}/rtls/ingress";
        var players = new MediaPullEndpoints(new CloudPlayers(options.TimeProvider), options.TimeProvider);
        const string Players = "/{region}/v1/projects/{appid}/cloud-player/players";
        var converters = new MediaPushEndpoints(new RtmpConverters(options.TimeProvider));
        const string Converters = "/{region}/v1/projects/{appid}/rtmp-converters";
        var transcoding = new CloudTranscodingEndpoints(new TranscodingTasks(options.TimeProvider));
        const string Transcoder = "/v1/projects/{appid}/rtsc/cloud-transcoder";
        _routes = new[]
        {
            new Route("GET", "/dev/v1/projects", projects.ListAsync, RateLimit.Console),
            new Route("GET", "/dev/v1/project", projects.FindAsync, RateLimit.Console),
            new Route("GET", "/dev/v1/channel/{appid}", channels.ListAsync, RateLimit.ChannelStatistics),
            new Route("GET", "/dev/v1/channel/user/{appid}/{channel}", channels.UsersAsync, RateLimit.ChannelStatistics),
            new Route("GET", "/dev/v1/channel/user/{appid}/{channel}/hosts_only", channels.HostsAsync, RateLimit.ChannelStatistics),
            new Route("GET", "/dev/v1/channel/user/property/{appid}/{uid}/{channel}", channels.PropertyAsync, RateLimit.ChannelStatistics),
            new Route("POST", "/dev/v1/kicking-rule", kickingRules.CreateAsync, RateLimit.ChannelManagement),
            new Route("GET", "/dev/v1/kicking-rule", kickingRules.ListAsync, RateLimit.ChannelManagement),
            new Route("PUT", "/dev/v1/kicking-rule", kickingRules.UpdateAsync, RateLimit.ChannelManagement),
            new Route("DELETE", "/dev/v1/kicking-rule", kickingRules.DeleteAsync, RateLimit.ChannelManagement),
            new Route("GET", "/dev/v2/project/{appid}/rtm/vendor/user_events", signaling.UserEventsAsync, RateLimit.SignalingEvents, tokens: RouteTokens.Signaling),
            new Route("GET", "/dev/v2/project/{appid}/rtm/vendor/channel_events", signaling.ChannelEventsAsync, RateLimit.SignalingEvents, tokens: RouteTokens.Signaling),
            new Route("POST", SignalingUser + "/peer_messages", signaling.PeerMessageAsync, RateLimit.SignalingMessages, tokens: RouteTokens.Signaling),
            new Route("POST", SignalingUser + "/channel_messages", signaling.ChannelMessageAsync, RateLimit.SignalingMessages, tokens: RouteTokens.Signaling),
            new Route("GET", History, history.HistoryAsync, limit: null, tokens: RouteTokens.Signaling),
            new Route("POST", Recording + "/acquire", recording.AcquireAsync, limit: null),
            new Route("POST", Recording + "/resourceid/{resourceId}/mode/{mode}/start", recording.StartAsync, limit: null),
            new Route("GET", Session + "/query", recording.QueryAsync, limit: null),
            new Route("POST", Session + "/update", recording.UpdateAsync, limit: null),
            new Route("POST", Session + "/updateLayout", recording.UpdateLayoutAsync, limit: null),
            new Route("POST", Session + "/stop", recording.StopAsync, limit: null),
            new Route("GET", "/v1/ncs/ip", NotificationEndpoints.ServerIpsAsync, limit: null),
            new Route("GET", "/v2/ncs/ip", NotificationEndpoints.ServerIpsAsync, limit: null),
            new Route("POST", Stt + "/join", speechToText.JoinAsync, limit: null),
            new Route("GET", Stt + "/agents/{agentId}", speechToText.QueryAsync, limit: null),
            new Route("POST", Stt + "/agents/{agentId}/leave", speechToText.LeaveAsync, limit: null),
            new Route("POST", Stt + "/agents/{agentId}/update", speechToText.UpdateAsync, limit: null),
            new Route("GET", Stt + "/agents", speechToText.ListAsync, limit: null),
            new Route("POST", Ingress + "/streamkeys", mediaGateway.CreateKeyAsync, RateLimit.MediaGatewayCreate),
            new Route("GET", Ingress + "/streamkeys/{streamkey}", mediaGateway.GetKeyAsync, RateLimit.MediaGatewayQuery),
            new Route("DELETE", Ingress + "/streamkeys/{streamkey}", mediaGateway.DeleteKeyAsync, RateLimit.MediaGatewayDelete),
            new Route("GET", Ingress + "/online-streams", mediaGateway.ListStreamsAsync, RateLimit.MediaGatewayQuery),
            new Route("GET", Ingress + "/online-streams/{sid}", mediaGateway.GetStreamAsync, RateLimit.MediaGatewayQuery),
            new Route("DELETE", Ingress + "/online-streams/{sid}", mediaGateway.DisconnectStreamAsync, RateLimit.MediaGatewayDelete),
            new Route("POST", Ingress + "/online-streams/mute/{sid}", mediaGateway.MuteAsync, RateLimit.MediaGatewayUpdate),
            new Route("PUT", Ingress + "/stream-templates/{templateId}", mediaGateway.PutTemplateAsync, RateLimit.MediaGatewayCreate),
            new Route("PATCH", Ingress + "/stream-templates/{templateId}", mediaGateway.PatchTemplateAsync, RateLimit.MediaGatewayUpdate),
            new Route("DELETE", Ingress + "/stream-templates/{templateId}", mediaGateway.DeleteTemplateAsync, RateLimit.MediaGatewayDelete),
            new Route("PUT", Ingress + "/appconfig", mediaGateway.SetGlobalTemplateAsync, RateLimit.MediaGatewayUpdate),
            new Route("POST", Players, players.CreateAsync, limit: null),
            new Route("PATCH", Players + "/{playerid}", players.UpdateAsync, limit: null),
            new Route("DELETE", Players + "/{playerid}", players.DeleteAsync, limit: null),
            new Route("GET", "/v1/projects/{appid}/cloud-player/players", players.ListAsync, limit: null),
            new Route("POST", Converters, converters.CreateAsync, limit: null),
            new Route("GET", Converters + "/{converterId}", converters.GetAsync, limit: null),
            new Route("PATCH", Converters + "/{converterId}", converters.UpdateAsync, limit: null),
            new Route("DELETE", Converters + "/{converterId}", converters.DeleteAsync, limit: null),
            new Route("GET", "/v1/projects/{appid}/rtmp-converters", converters.ListAsync, limit: null),
            new Route("GET", "/v1/projects/{appid}/channels/{cname}/rtmp-converters", converters.ListChannelAsync, limit: null),
            new Route("POST", Transcoder + "/builderTokens", transcoding.AcquireAsync, limit: null),
            new Route("POST", Transcoder + "/tasks", transcoding.CreateAsync, limit: null),
            new Route("GET", Transcoder + "/tasks/{taskId}", transcoding.QueryAsync, limit: null),
            new Route("PATCH", Transcoder + "/tasks/{taskId}", transcoding.UpdateAsync, limit: null),
            new Route("DELETE", Transcoder + "/tasks/{taskId}", transcoding.DeleteAsync, limit: null),
            new Route("POST", "/v1/projects/{appid}/rtls/abr/config/codecs/{codecId}", transcoding.SaveTemplateAsync, limit: null),
            new Route("GET", "/v1/projects/{appid}/rtls/abr/config/codecs", transcoding.ListTemplatesAsync, limit: null),
        }
        .Concat(ConversationalAiRoutes("/api/conversational-ai-agent/v2/projects/{appid}", agents, RouteTokens.ConversationalAi))
        .Concat(ConversationalAiRoutes("/cn/api/conversational-ai-agent/v2/projects/{appid}", chinaAgents, RouteTokens.None))
        .ToArray();
    }

    // Every Conversational AI operation under one region's base path. The global service takes Conversational AI
    // tokens as well as Basic credentials; the China service documents Basic credentials only.
    private static IEnumerable<Route> ConversationalAiRoutes(string projects, ConversationalAiEndpoints agents, RouteTokens tokens)
    {
        const string Agent = "/agents/{agentId}";
        yield return new Route("POST", projects + "/join", agents.JoinAsync, limit: null, tokens);
        yield return new Route("POST", projects + Agent + "/leave", agents.LeaveAsync, limit: null, tokens);
        yield return new Route("POST", projects + Agent + "/update", agents.UpdateAsync, limit: null, tokens);
        yield return new Route("GET", projects + Agent, agents.QueryAsync, limit: null, tokens);
        yield return new Route("GET", projects + "/agents", agents.ListAsync, limit: null, tokens);
        yield return new Route("POST", projects + Agent + "/speak", agents.SpeakAsync, limit: null, tokens);
        yield return new Route("POST", projects + Agent + "/interrupt", agents.InterruptAsync, limit: null, tokens);
        yield return new Route("POST", projects + Agent + "/think", agents.ThinkAsync, limit: null, tokens);
        yield return new Route("GET", projects + Agent + "/history", agents.HistoryAsync, limit: null, tokens);
        yield return new Route("GET", projects + Agent + "/turns", agents.TurnsAsync, limit: null, tokens);
    }

    /// <summary>Where the emulator listens, for example <c>http://127.0.0.1:49731/</c>.</summary>
    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>
    /// Where the emulator also listens over TLS, for example <c>https://127.0.0.1:49732/</c>: the same emulator (state,
    /// routes, log) as <see cref="BaseAddress"/>, under a self-signed certificate made for it that names every one of
    /// Agora's hosts. Only <see cref="CreateAgoraHostsHandler"/> trusts that certificate; a default client rejects it.
    /// </summary>
    public Uri HttpsBaseAddress { get; private set; } = null!;

    /// <summary>Every request received so far, in order; credentials are never kept.</summary>
    public IReadOnlyList<ReceivedRequest> ReceivedRequests => _received.Snapshot();

    /// <summary>
    /// Completes once <see cref="ReceivedRequests"/> holds at least <paramref name="count"/> requests. A request is logged
    /// when the emulator is done with it, so one the caller abandoned (a timeout, a cancellation) appears only once the
    /// server has noticed: await this rather than polling.
    /// </summary>
    public Task WaitForRequestsAsync(int count, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        return _received.WaitForCountAsync(count, cancellationToken);
    }

    /// <summary>
    /// Every connection a hosts handler (<see cref="CreateAgoraHostsHandler"/>) opened or failed to open, in order: the
    /// hosts a client tried, and how each attempt ended. Recorded before the client sees the outcome, so a test can read
    /// it as soon as a call returns. A request sent on a connection the handler already holds opens none.
    /// </summary>
    public IReadOnlyList<HostConnection> Connections => _hosts.Connections;

    /// <summary>
    /// A handler that takes each of Agora's host names (<see cref="AgoraDomains.AllHosts"/>, over https) to this
    /// emulator, as if it were Agora, for testing how a client fails over from host to host with real sockets.
    /// </summary>
    /// <remarks>
    /// <para>
    /// A <see cref="SocketsHttpHandler"/> whose connections all stay on this machine: an Agora host name leads to the
    /// emulator's TLS listener on 127.0.0.1; any other name fails as a name that does not resolve
    /// (<c>HttpRequestError.NameResolutionError</c>), and no proxy is used. It trusts exactly the emulator's certificate,
    /// nothing else, and follows no redirects (generated clients follow them themselves).
    /// </para>
    /// <para>
    /// Connection-level faults (<see cref="EmulatorFault.NameResolutionFailure"/>, <see cref="EmulatorFault.ConnectionRefused"/>,
    /// <see cref="EmulatorFault.TlsHandshakeFailure"/>) are met when this handler opens a connection to the host. While one
    /// waits for a host, the handler sends that host's requests on fresh connections, so the next request meets it even
    /// if a connection to the host is pooled; once the fault is spent, pooled connections are used again.
    /// </para>
    /// <para>Each handler pools its own connections; dispose it (or the client it was given to) when done.</para>
    /// </remarks>
    public HttpMessageHandler CreateAgoraHostsHandler() => new AgoraHostsHandler(_hosts);

    /// <summary>
    /// An <see cref="HttpClient"/> over <see cref="CreateAgoraHostsHandler"/>, with no <c>BaseAddress</c>: a generated
    /// client then calls its API's own host (<c>https://api.agora.io</c> unless it says otherwise), and a request URL may
    /// name any of Agora's hosts. The caller disposes it.
    /// </summary>
    public HttpClient CreateAgoraHostsClient() => new(CreateAgoraHostsHandler(), disposeHandler: true);

    /// <summary>
    /// The Notifications servers' IP addresses that <c>GET /v1/ncs/ip</c> and <c>GET /v2/ncs/ip</c> answer (every service's
    /// <c>GetNotificationServerIpsAsync</c>): fixed addresses from the documentation ranges (RFC 5737), so a test can check
    /// the allow-list an app builds from them.
    /// </summary>
    public static IReadOnlyList<string> NotificationServerIps => NotificationEndpoints.ServerIps;

    /// <summary>Every Signaling peer and channel message accepted so far, in order.</summary>
    public IReadOnlyList<SignalingMessage> SignalingMessages => _messages.ToArray();

    /// <summary>
    /// Puts user <paramref name="uid"/> in communication channel <paramref name="channel"/> of app
    /// <paramref name="appId"/>, as if they had joined now (on the emulator's clock).
    /// </summary>
    /// <exception cref="InvalidOperationException">The channel is a live-broadcast channel.</exception>
    public void AddUser(string appId, string channel, long uid) => Join(appId, channel, uid, ChannelRole.Communication);

    /// <summary>Puts host (broadcaster) <paramref name="uid"/> in live-broadcast channel <paramref name="channel"/>.</summary>
    /// <exception cref="InvalidOperationException">The channel is a communication channel.</exception>
    public void AddHost(string appId, string channel, long uid) => Join(appId, channel, uid, ChannelRole.Host);

    /// <summary>Puts audience member <paramref name="uid"/> in live-broadcast channel <paramref name="channel"/>.</summary>
    /// <exception cref="InvalidOperationException">The channel is a communication channel.</exception>
    public void AddAudience(string appId, string channel, long uid) => Join(appId, channel, uid, ChannelRole.Audience);

    private void Join(string appId, string channel, long uid, ChannelRole role)
    {
        RequireApp(appId);
        ArgumentException.ThrowIfNullOrEmpty(channel);
        _channels.Join(appId, channel, uid, role);
    }

    /// <summary>
    /// Makes the next <paramref name="times"/> requests that match <paramref name="method"/> and
    /// <paramref name="pathTemplate"/> (holes such as <c>{appid}</c> match any one segment) meet
    /// <paramref name="fault"/> before any credential is checked, whichever host they came in under.
    /// </summary>
    /// <returns>The waiting fault: await <see cref="InjectedFault.Met"/> to know the requests reached it, or withdraw it.</returns>
    /// <exception cref="ArgumentException"><paramref name="fault"/> is met by connections, which have no method or path.</exception>
    public InjectedFault InjectFault(string method, string pathTemplate, EmulatorFault fault, int times = 1)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(method);
        ArgumentException.ThrowIfNullOrWhiteSpace(pathTemplate);
        ArgumentNullException.ThrowIfNull(fault);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(times);
        if (fault.ConnectionOutcome is not null)
        {
            throw new ArgumentException(
                "A connection-level fault (NameResolutionFailure, ConnectionRefused, TlsHandshakeFailure) is met when a connection is opened, " +
                "before any method or path is sent: inject it for a host with InjectFault(host, fault, times).",
                nameof(fault));
        }

        return _faults.Add(FaultScope.ForRoute(new RouteTemplate(method.ToUpperInvariant(), pathTemplate)), fault, times);
    }

    /// <summary>
    /// Takes <paramref name="host"/>, one of Agora's hosts, down for the next <paramref name="times"/> connections or requests:
    /// a connection-level fault (<see cref="EmulatorFault.NameResolutionFailure"/>, <see cref="EmulatorFault.ConnectionRefused"/>,
    /// <see cref="EmulatorFault.TlsHandshakeFailure"/>) meets the next <paramref name="times"/> connections a hosts handler
    /// (<see cref="CreateAgoraHostsHandler"/>) opens to it; any other fault meets the next <paramref name="times"/> requests
    /// that came in under that name (their <c>Host</c>), whatever their method and path, before any credential is checked.
    /// </summary>
    /// <remarks>
    /// A connection-level fault is met when a connection is opened. A hosts handler sends a host's requests on fresh
    /// connections while such a fault waits for it, so its next request meets the fault even if the handler has a
    /// connection to the host pooled; once the fault is spent, that connection is used again (for fresh connections from
    /// then on, create a new hosts handler).
    /// </remarks>
    /// <returns>The waiting fault: await <see cref="InjectedFault.Met"/> to know it was met, or withdraw it.</returns>
    /// <exception cref="ArgumentException"><paramref name="host"/> is not one of Agora's hosts (<see cref="AgoraDomains.AllHosts"/>).</exception>
    public InjectedFault InjectFault(string host, EmulatorFault fault, int times = 1)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(host);
        ArgumentNullException.ThrowIfNull(fault);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(times);
        if (!AgoraDomains.IsAgoraHost(host))
        {
            throw new ArgumentException(
                $"'{host}' is not one of Agora's hosts (AgoraDomains.AllHosts), the names the emulator answers to through CreateAgoraHostsHandler().",
                nameof(host));
        }

        return _faults.Add(FaultScope.ForHost(host), fault, times);
    }

    /// <summary>
    /// Records that <paramref name="userId"/> logged in to (or out of) Signaling, for the next user-events read;
    /// peer messages to a logged-in user are delivered.
    /// </summary>
    public void AddUserEvent(string appId, string userId, bool loggedIn, DateTimeOffset at)
    {
        RequireApp(appId);
        _userEvents.Add(appId, new UserEvent(userId, loggedIn ? "Login" : "Logout", at.ToUnixTimeMilliseconds()));
        _presence.Set(appId, userId, loggedIn);
    }

    /// <summary>Records that <paramref name="userId"/> joined (or left) Signaling channel <paramref name="channel"/>, for the next channel-events read.</summary>
    public void AddChannelEvent(string appId, string channel, string userId, bool joined, DateTimeOffset at)
    {
        RequireApp(appId);
        _channelEvents.Add(appId, new ChannelEvent(channel, userId, joined ? "Join" : "Leave", at.ToUnixTimeMilliseconds()));
    }

    /// <summary>
    /// Simulates an encoder pushing to Media Gateway with <paramref name="streamKey"/> (the emulator has no RTMP or SRT
    /// ingest): a new push session, <c>Running</c> from now on the emulator's clock, in the key's channel as its uid,
    /// which the online-stream operations of <paramref name="region"/> then list, read, mute and disconnect. Each call is a
    /// new session with a new sid, as a reconnect is.
    /// </summary>
    /// <param name="appId">An app of the emulator.</param>
    /// <param name="streamKey">A streaming key created through the API, not revoked and not expired.</param>
    /// <param name="region">The region pushed to: <c>na</c> (the default), <c>eu</c>, <c>ap</c> or <c>cn</c>.</param>
    /// <returns>The push session's id (<c>sid</c>).</returns>
    /// <exception cref="ArgumentException">The app or region is unknown.</exception>
    /// <exception cref="InvalidOperationException">The key is unknown, revoked or expired: Agora would refuse the push.</exception>
    public string StartMediaGatewayStream(string appId, string streamKey, string region = "na")
    {
        RequireApp(appId);
        ArgumentException.ThrowIfNullOrEmpty(streamKey);
        if (!MediaGatewayEndpoints.IsRegion(region))
        {
            throw new ArgumentException("Media Gateway regions are na, eu, ap and cn (lowercase).", nameof(region));
        }

        return _mediaGateway.StartStream(appId, region, streamKey)?.Sid
            ?? throw new InvalidOperationException("The streaming key is unknown, revoked or expired; the gateway would refuse this push.");
    }

    /// <summary>Simulates the encoder of push session <paramref name="sid"/> stopping; the stream is no longer online.</summary>
    /// <returns>Whether the session was online.</returns>
    public bool StopMediaGatewayStream(string sid)
    {
        ArgumentException.ThrowIfNullOrEmpty(sid);
        return _mediaGateway.StopStream(sid);
    }

    /// <summary>
    /// The audio and video mute states last set (through the mute operation) on online push session <paramref name="sid"/>,
    /// or <see langword="null"/> when it is not online. A new session starts unmuted.
    /// </summary>
    public (bool VideoMuted, bool AudioMuted)? GetMediaGatewayStreamMute(string sid)
    {
        ArgumentException.ThrowIfNullOrEmpty(sid);
        return _mediaGateway.FindStream(sid) is { } stream ? (stream.VideoMuted, stream.AudioMuted) : null;
    }

    /// <summary>
    /// The settings of Media Gateway template <paramref name="templateId"/> of <paramref name="appId"/> in
    /// <paramref name="region"/> as JSON text (the <c>settings</c> object as created, with updated units replaced), or
    /// <see langword="null"/> when there is none; Agora has no API to read a template back.
    /// </summary>
    public string? GetMediaGatewayTemplate(string appId, string region, string templateId)
    {
        RequireApp(appId);
        return _mediaGateway.TemplateJson(appId, region, templateId);
    }

    /// <summary>The id of the global Media Gateway template of <paramref name="appId"/> in <paramref name="region"/>, or <see langword="null"/>.</summary>
    public string? GetMediaGatewayGlobalTemplate(string appId, string region)
    {
        RequireApp(appId);
        return _mediaGateway.GlobalTemplate(appId, region);
    }

    /// <summary>Starts an emulator for the account in <paramref name="options"/>.</summary>
    /// <exception cref="ArgumentException">A required setting is missing; the message names it.</exception>
    public static async Task<AgoraEmulator> StartAsync(AgoraEmulatorOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();

        WebApplicationBuilder builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        var listeners = new EmulatorListeners();
        builder.WebHost.ConfigureKestrel(listeners.Configure);
        WebApplication app = builder.Build();
        var emulator = new AgoraEmulator(app, listeners, options);
        app.Run(emulator.HandleAsync);
        await app.StartAsync(cancellationToken).ConfigureAwait(false);
        emulator.BaseAddress = new Uri($"http://{listeners.PlainEndPoint}/");
        emulator.HttpsBaseAddress = new Uri($"https://{listeners.TlsEndPoint}/");
        return emulator;
    }

    private async Task HandleAsync(HttpContext context)
    {
        HttpRequest request = context.Request;
        string path = request.Path.Value ?? string.Empty;
        string host = request.Host.Host.ToLowerInvariant();
        (Route Route, IReadOnlyDictionary<string, string> Values)? match = Find(request.Method, path);
        bool authenticated = _basic.Accepts(request)
            || (match is { Route.Tokens: RouteTokens.Signaling } signalingRoute && _tokens.Accepts(request, signalingRoute.Values))
            || (match is { Route.Tokens: RouteTokens.ConversationalAi } agentRoute && _agentTokens.Accept(context, agentRoute.Values));

        try
        {
            // An injected fault comes first, as a network or server failure would.
            if (_faults.TakeForRequest(request.Method, path, host) is not { } fault || !await FaultPlan.ApplyAsync(fault, context).ConfigureAwait(false))
            {
                await AnswerAsync(context, match, authenticated).ConfigureAwait(false);
            }
        }
        finally
        {
            // Logged even when the caller gave up (a timeout during an injected delay): tests count those too.
            _received.Add(new ReceivedRequest(
                request.Method, path, request.QueryString.Value ?? string.Empty, BasicCredentials.SchemeOf(request), authenticated, context.Response.StatusCode)
            {
                Host = host,
            });
        }
    }

    // As Agora's gateway: a route is matched before credentials are looked at, an App ID in the path is
    // checked only for a caller who authenticated, and quotas count the requests of known callers only.
    private Task AnswerAsync(HttpContext context, (Route Route, IReadOnlyDictionary<string, string> Values)? match, bool authenticated)
    {
        if (match is not { } found)
        {
            return GatewayAnswers.NoRouteAsync(context);
        }

        if (!authenticated)
        {
            return GatewayAnswers.InvalidCredentialsAsync(context);
        }

        if (found.Values.TryGetValue("appid", out string? appId) && !_appIds.Contains(appId))
        {
            return GatewayAnswers.InvalidAppIdAsync(context);
        }

        if (_rateLimiter?.Take(found.Route, found.Values) is { } retryAfter)
        {
            return GatewayAnswers.RateLimitExceededAsync(context, retryAfter);
        }

        return found.Route.Handler(new RouteRequest(context, found.Values));
    }

    // A Speech-to-Text task's channel is idle with nobody in it (a communication channel) or no host (a live broadcast).
    private bool ChannelOccupied(string appId, string channel) =>
        _channels.Members(appId, channel).Any(m => m.Role != ChannelRole.Audience);

    private void RequireApp(string appId)
    {
        if (!_appIds.Contains(appId))
        {
            throw new ArgumentException("The emulator has no app with this App ID; add it to AgoraEmulatorOptions.Apps.", nameof(appId));
        }
    }

    private (Route Route, IReadOnlyDictionary<string, string> Values)? Find(string method, string path)
    {
        foreach (Route route in _routes)
        {
            if (route.Match(method, path) is { } values)
            {
                return (route, values);
            }
        }

        return null;
    }

    /// <summary>Stops listening; a hosts handler's connections fail from then on.</summary>
    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync(CancellationToken.None).ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
        _refused.Dispose();
        _listeners.Dispose();
    }
}
