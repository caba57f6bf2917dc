using System;
using System.ComponentModel;
using System.Net.Http;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Agora.Rest.Routing;
using Microsoft.Extensions.Logging;
using Polly;

namespace Agora.Rest.Infrastructure;

/// <summary>
/// The state and request plumbing that every generated client shares: HttpClient, credentials, options and
/// the checked base address. Generated clients hold one; not meant to be used directly.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed partial class AgoraClientCore
{
    private readonly HttpClient _httpClient;
    private readonly AgoraCredentials _credentials;
    private readonly AgoraClientOptions _options;
    private readonly AgoraArea _area;
    private readonly RetrySettings _retry;
    private BaseAddressPolicy? _lastBaseAddress;

    // The [AgoraApi] address, checked on first use: a client whose HttpClient or options give the address never
    // needs its policy (nor the routing tables behind it), and creating a client stays as cheap as the hand-written one.
    private readonly string _declaredAddressText;
    private readonly string _clientName;
    private BaseAddressPolicy? _declaredBaseAddress;

    // Made on a client's first failure: a client that never fails makes none of it (and carries one field for it).
    private FailoverParts? _failover;

    /// <summary>
    /// Creates the core of a generated client and fails fast when <paramref name="credentials"/> cannot serve a
    /// scheme that <paramref name="schemesInUse"/> lists.
    /// </summary>
    /// <param name="httpClient">The client that sends requests.</param>
    /// <param name="credentials">What requests authenticate with.</param>
    /// <param name="options">Options, or <see langword="null"/> for shared defaults.</param>
    /// <param name="declaredBaseAddress">The base address from <see cref="AgoraApiAttribute"/>.</param>
    /// <param name="clientName">The generated client's name, for messages.</param>
    /// <param name="schemesInUse">Every auth scheme that a method of the interface uses.</param>
    public AgoraClientCore(
        HttpClient httpClient,
        AgoraCredentials credentials,
        AgoraClientOptions? options,
        string declaredBaseAddress,
        string clientName,
        AgoraAuthScheme[] schemesInUse)
    {
        _httpClient = httpClient ?? throw new ArgumentNullException(nameof(httpClient));
        _credentials = credentials ?? throw new ArgumentNullException(nameof(credentials));
        _options = options ?? AgoraClientOptions.Default;
        _declaredAddressText = declaredBaseAddress ?? string.Empty; // no address at all is as unusable as a relative one
        _clientName = clientName;

        // Every check stays here, when the client is made; what only a wrong setting needs (building a message, the
        // reflection resolver) is in methods of its own, so that a process's first client compiles only the checks.
        JsonSerializerOptions json = _options.JsonSerializerOptions
            ?? throw new ArgumentException("AgoraClientOptions.JsonSerializerOptions is null; leave the default or assign an instance.", nameof(options));
        if (json.TypeInfoResolver is null)
        {
            UseDefaultResolverWhenNoneIsSet(json);
        }

        _area = _options._area;
        if (_area is < AgoraArea.Global or > AgoraArea.China)
        {
            throw NotAnArea(_area, nameof(options));
        }

        _retry = _options._retry is null && !_options._retryAssigned ? RetrySettings.Defaults : RetrySettings.For(_options._retry, nameof(options));

        if (_options._timeProvider is null)
        {
            throw new ArgumentException("AgoraClientOptions.TimeProvider is null; leave the default or assign one.", nameof(options));
        }

        foreach (AgoraAuthScheme scheme in schemesInUse)
        {
            if (!credentials.CanServe(scheme, out string? reason))
            {
                throw new ArgumentException(clientName + " cannot use these credentials: " + reason + ".", nameof(credentials));
            }
        }
    }

    private static ArgumentException NotAnArea(AgoraArea area, string parameterName) =>
        new($"AgoraClientOptions.Area is {(int)area}, not an Agora area: use Global, UnitedStates, Europe, AsiaPacific or China.", parameterName);

    /// <summary>The serializer settings for bodies and responses.</summary>
    public JsonSerializerOptions JsonSerializerOptions => _options.JsonSerializerOptions;

    internal AgoraCredentials Credentials => _credentials;

    /// <summary>
    /// Returns the cached metadata for <typeparamref name="T"/>, resolving it once through the options'
    /// resolver: with a source-generated context this involves no reflection.
    /// </summary>
    public JsonTypeInfo<T> GetJsonTypeInfo<T>(ref JsonTypeInfo<T>? cache)
    {
        JsonTypeInfo<T>? typeInfo = cache;
        if (typeInfo is null)
        {
            typeInfo = (JsonTypeInfo<T>)_options.JsonSerializerOptions.GetTypeInfo(typeof(T));
            cache = typeInfo;
        }

        return typeInfo;
    }

    /// <summary>
    /// Returns the cached metadata for <typeparamref name="T"/> from the API's declared source-generated context
    /// (<see cref="AgoraApiAttribute.JsonContext"/>), resolving it once.
    /// </summary>
    /// <exception cref="NotSupportedException">The context has no metadata for <typeparamref name="T"/>.</exception>
    public static JsonTypeInfo<T> JsonTypeInfoFrom<T>(ref JsonTypeInfo<T>? cache, JsonSerializerContext context)
    {
        JsonTypeInfo<T>? typeInfo = cache;
        if (typeInfo is null)
        {
            typeInfo = context.GetTypeInfo(typeof(T)) as JsonTypeInfo<T>
                ?? throw new NotSupportedException(
                    $"The JSON context {context.GetType().FullName} declares no metadata for {typeof(T).FullName}; add [JsonSerializable(typeof({typeof(T).Name}))] to it.");
            cache = typeInfo;
        }

        return typeInfo;
    }

    // System.Text.Json fills in its reflection resolver on first use when none is set; GetTypeInfo does not,
    // so do the same explicitly. Trimmed and AOT apps switch reflection off by default: they get a clear
    // NotSupportedException naming the type, and should pass a source-generated JsonSerializerContext.
    private static void UseDefaultResolverWhenNoneIsSet(JsonSerializerOptions options)
    {
        if (!JsonSerializer.IsReflectionEnabledByDefault)
        {
            return;
        }

        lock (options)
        {
            if (options.TypeInfoResolver is null && !options.IsReadOnly)
            {
                options.TypeInfoResolver = CreateReflectionResolver();
            }
        }
    }

#if NET5_0_OR_GREATER
    [System.Diagnostics.CodeAnalysis.UnconditionalSuppressMessage("Trimming", "IL2026",
        Justification = "Reached only while JsonSerializer.IsReflectionEnabledByDefault is true; trimmed and AOT apps turn it off and remove this path.")]
    [System.Diagnostics.CodeAnalysis.UnconditionalSuppressMessage("AOT", "IL3050",
        Justification = "Reached only while JsonSerializer.IsReflectionEnabledByDefault is true; trimmed and AOT apps turn it off and remove this path.")]
#endif
    private static DefaultJsonTypeInfoResolver CreateReflectionResolver() => new DefaultJsonTypeInfoResolver();

    /// <summary>
    /// Starts the URI of a request to <paramref name="operation"/> at the effective base address, after
    /// checking that the address may receive the operation's credentials.
    /// </summary>
    /// <exception cref="InvalidOperationException">The base address is unusable, or credentials would travel over plain http to a non-loopback host.</exception>
    public AgoraUriBuilder StartUri(AgoraOperation operation) => new AgoraUriBuilder(CheckedPrefix(operation), operation);

    /// <summary>
    /// The URI of a request to a route with no values in it: the effective base address, checked as
    /// <see cref="StartUri"/> checks it, followed by <paramref name="escapedRoute"/>. Made once per base address, not per call.
    /// </summary>
    /// <param name="operation">The operation, which keeps the URI made last.</param>
    /// <param name="escapedRoute">The route and any constant query, escaped by the generator.</param>
    /// <exception cref="InvalidOperationException">The base address is unusable, or credentials would travel over plain http to a non-loopback host.</exception>
    public Uri ConstantRouteUri(AgoraOperation operation, string escapedRoute)
    {
        string prefix = CheckedPrefix(operation);
        Uri? last = operation.LastRequestUri;
        if (last is not null)
        {
            string text = last.OriginalString;
            if (text.Length == prefix.Length + escapedRoute.Length
                && text.StartsWith(prefix, StringComparison.Ordinal)
                && string.CompareOrdinal(text, prefix.Length, escapedRoute, 0, escapedRoute.Length) == 0)
            {
                return last;
            }
        }

        var uri = new Uri(prefix + escapedRoute, UriKind.Absolute);
        operation.LastRequestUri = uri;
        return uri;
    }

    private string CheckedPrefix(AgoraOperation operation)
    {
        BaseAddressPolicy policy = CurrentBaseAddress();
        if (policy.AddressError is not null)
        {
            throw new InvalidOperationException(policy.AddressError);
        }

        if (operation.AuthScheme != AgoraAuthScheme.None && policy.CredentialError is not null)
        {
            throw new InvalidOperationException(policy.CredentialError);
        }

        return policy.Prefix!;
    }

    // The pipeline and logger of failover are made on a client's first failure: a client that never fails makes neither.
    private ResiliencePipeline<HttpResponseMessage> FailoverPipelineFor() => Failover().Pipeline;

    private ILogger? FailoverLogger()
    {
        FailoverParts failover = Failover();
        return failover.Logger ??= _options.LoggerFactory?.CreateLogger(FailoverLog.Category);
    }

    private FailoverParts Failover() =>
        _failover ??= new FailoverParts(Routing.FailoverPipeline.Build(_retry.MaxRetryAttempts, _options.TimeProvider));

    private sealed class FailoverParts
    {
        public FailoverParts(ResiliencePipeline<HttpResponseMessage> pipeline)
        {
            Pipeline = pipeline;
        }

        public ResiliencePipeline<HttpResponseMessage> Pipeline { get; }

        /// <summary>Made on the first failure that finds a logger factory in the options.</summary>
        public ILogger? Logger { get; set; }
    }

    // At most once per client (a race only repeats the work): the attribute's text never changes.
    private BaseAddressPolicy DeclaredBaseAddress() =>
        Uri.TryCreate(_declaredAddressText, UriKind.Absolute, out Uri? parsed)
            ? BaseAddressPolicy.For(parsed, "[AgoraApi]", _area, givenByApplication: false)
            : BaseAddressPolicy.ForInvalid($"The [AgoraApi] base address of {_clientName} is not an absolute URI.");

    // Not kept in a field: it is needed only when an application's address is checked, once per address instance.
    private static string DeclaredPath(string declaredAddress)
    {
        // The usual declared address, "https://api.agora.io", is scheme and host only: its path is empty, and a process's
        // first call need not parse a second URI (host name rules and all) to learn that. Anything else is parsed.
        int authority = declaredAddress.IndexOf("://", StringComparison.Ordinal);
        if (authority > 0 && !HasPathQueryOrFragment(declaredAddress, authority + 3))
        {
            return string.Empty;
        }

        return Uri.TryCreate(declaredAddress, UriKind.Absolute, out Uri? parsed) ? parsed.AbsolutePath.TrimEnd('/') : string.Empty;
    }

    // A plain loop: the text is short and read once per client.
    private static bool HasPathQueryOrFragment(string address, int from)
    {
        for (int i = from; i < address.Length; i++)
        {
            if (address[i] is '/' or '\\' or '?' or '#')
            {
                return true;
            }
        }

        return false;
    }

    // HttpClient.BaseAddress first, then the options, then the attribute; re-checked only when the instance changes.
    private BaseAddressPolicy CurrentBaseAddress()
    {
        Uri? address = _httpClient.BaseAddress ?? _options.BaseAddress;
        if (address is null)
        {
            return _declaredBaseAddress ??= DeclaredBaseAddress();
        }

        BaseAddressPolicy? last = _lastBaseAddress;
        if (last is not null && ReferenceEquals(last.Source, address))
        {
            return last;
        }

        string origin = _httpClient.BaseAddress is not null ? "HttpClient.BaseAddress" : "AgoraClientOptions.BaseAddress";
        last = BaseAddressPolicy.For(address, origin, _area, givenByApplication: true, DeclaredPath(_declaredAddressText));
        _lastBaseAddress = last;
        return last;
    }
}
