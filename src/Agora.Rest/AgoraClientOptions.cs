using System;
using System.Text.Json;
using System.Threading;
using Microsoft.Extensions.Logging;

namespace Agora.Rest;

/// <summary>Options for a generated client.</summary>
public sealed class AgoraClientOptions
{
    // One shared instance, so clients created per request (typed clients from IHttpClientFactory are
    // transient) reuse System.Text.Json's metadata cache instead of rebuilding it each time.
    private static readonly JsonSerializerOptions s_webDefaults = new(JsonSerializerDefaults.Web);

    internal static AgoraClientOptions Default { get; } = new(s_webDefaults);

    // The JSON settings and the retry options are made on first read, not with the options: most applications assign
    // their own JSON settings (a source-generated context's) at once, and leave the retries alone. Until then the
    // fields are null and unassigned; an assigned null is kept, for the client's constructor to refuse.
    private JsonSerializerOptions? _jsonSerializerOptions;
    private bool _jsonSerializerOptionsAssigned;

    // Internal, and read straight from these fields by AgoraClientCore's constructor rather than through the properties:
    // unoptimized (Tier0) code calls a getter instead of inlining it, so each one would be another method to compile
    // before a process's first client exists. Options whose Retry was never read or assigned get the shared defaults.
    internal AgoraArea _area;
    internal AgoraRetryOptions? _retry;
    internal bool _retryAssigned;
    internal TimeProvider _timeProvider = TimeProvider.System;

    /// <summary>Creates options with fresh web-default JSON settings.</summary>
    public AgoraClientOptions()
    {
    }

    private AgoraClientOptions(JsonSerializerOptions jsonSerializerOptions)
    {
        JsonSerializerOptions = jsonSerializerOptions;
    }

    /// <summary>
    /// Serializer settings for bodies and responses; web defaults (camelCase, case-insensitive reads).
    /// Set <see cref="JsonSerializerOptions.TypeInfoResolver"/> to a source-generated
    /// <see cref="System.Text.Json.Serialization.JsonSerializerContext"/> and the client uses no reflection.
    /// Reuse one instance across clients: System.Text.Json caches metadata per instance.
    /// </summary>
    public JsonSerializerOptions JsonSerializerOptions
    {
        get => _jsonSerializerOptionsAssigned
            ? _jsonSerializerOptions!
            : _jsonSerializerOptions ?? Interlocked.CompareExchange(ref _jsonSerializerOptions, new JsonSerializerOptions(JsonSerializerDefaults.Web), null) ?? _jsonSerializerOptions;
        set
        {
            _jsonSerializerOptions = value;
            _jsonSerializerOptionsAssigned = true;
        }
    }

    /// <summary>
    /// Overrides the base address given in <see cref="AgoraApiAttribute"/>; <see cref="System.Net.Http.HttpClient.BaseAddress"/>
    /// still wins when set. An address that is only a host keeps the declared path; one with a path of its own replaces
    /// it. Credentials are sent only over https, or over http to a loopback host.
    /// </summary>
    public Uri? BaseAddress { get; set; }

    /// <summary>How many bytes of an error response are read to build <see cref="AgoraApiException"/>. Default 64 KiB.</summary>
    public int MaxErrorResponseBytes { get; set; } = 64 * 1024;

    /// <summary>
    /// Where the calling server runs: decides which of Agora's domains a call tries, and in what order, when the base
    /// address in effect is the <see cref="AgoraApiAttribute"/> default or one of Agora's domains
    /// (<see cref="AgoraDomains"/>). Default <see cref="AgoraArea.Global"/>. Configuration key <c>Agora:Area</c>.
    /// </summary>
    public AgoraArea Area
    {
        get => _area;
        set => _area = value;
    }

    /// <summary>How failed calls to Agora's domains are repeated: attempts, waits, deadline.</summary>
    public AgoraRetryOptions Retry
    {
        get => _retryAssigned
            ? _retry!
            : _retry ?? Interlocked.CompareExchange(ref _retry, new AgoraRetryOptions(), null) ?? _retry;
        set
        {
            _retry = value;
            _retryAssigned = true;
        }
    }

    /// <summary>
    /// Receives a warning for each failed attempt that is repeated (host, kind of failure, attempt number; never a
    /// credential). The generated <c>Add&lt;Name&gt;Client()</c> registrations use the container's logger factory.
    /// </summary>
    public ILoggerFactory? LoggerFactory { get; set; }

    /// <summary>The clock that waits between attempts and keeps the deadline; tests can pass a fake one.</summary>
    public TimeProvider TimeProvider
    {
        get => _timeProvider;
        set => _timeProvider = value;
    }

    // Set by configuration binding: the area Agora:Area names, or the text when it names none (the start-up check says so).
    internal AgoraArea? ConfiguredArea { get; set; }

    internal System.Collections.Generic.List<string> AreaProblems { get; } = new();
}
