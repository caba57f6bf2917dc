using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Net.Http;
using System.Text.Json.Serialization;
using System.Threading;
using System.Threading.Tasks;
using Agora.Rest;

namespace Agora.Rest.Tests.Apis;

public enum RecordingMode
{
    [JsonStringEnumMemberName("individual")]
    Individual,

    [JsonStringEnumMemberName("mix")]
    Mix,

    Web,
}

public sealed record Payload(string Name, int Count);

/// <summary>Exercises every binding and return shape against the recording server.</summary>
[AgoraApi]
[BasicAuth]
[Header("x-api-version", "1")]
[Header("x-client", "interface")]
public partial interface IFeatureApi
{
    [Get("/items/{id}/sub/{name}")]
    Task<string> PathAsync(string id, [Path("name")] string other);

    [Get("/items/{id}")]
    Task<string> NumericPathAsync(long id);

    [Get("/items/{value}")]
    Task<string> RouteValueAsync(string value);

    [Get("/query")]
    Task<string> QueryAsync(
        [Query] string? text = null,
        [Query("flag")] bool flag = false,
        [Query("n")] double number = 0,
        [Query("when")] DateTimeOffset? when = null,
        [Query("day")] DateTime? day = null,
        [Query("mode")] RecordingMode? mode = null,
        [Query("id")] int[]? ids = null,
        [Query("tag")] IEnumerable<string?>? tags = null,
        [Query("guid")] Guid? guid = null,
        [Query("m")] decimal amount = 0m);

    [Get("/query?fixed=1")]
    Task<string> LiteralQueryAsync([Query("extra")] string? extra = null);

    [Get("/headers")]
    [Header("x-client", "method")]
    Task<string> HeadersAsync([Header("x-request-id")] string? requestId, [Header("x-count")] int? count = null);

    [Post("/json")]
    Task<Payload> JsonBodyAsync([Body] Payload? payload);

    [Put("/text")]
    Task TextBodyAsync([Body] string text);

    [Patch("/bytes")]
    Task BytesBodyAsync([Body] byte[] bytes);

    [Post("/stream")]
    Task StreamBodyAsync([Body] Stream stream);

    [Post("/content")]
    Task ContentBodyAsync([Body] HttpContent content);

    [Head("/head")]
    Task HeadAsync();

    [Delete("/bytes")]
    Task<byte[]> BytesAsync();

    [Get("/stream")]
    Task<Stream> StreamAsync();

    [Get("/raw")]
    Task<HttpResponseMessage> RawAsync();

    [Get("/json")]
    Task<AgoraResponse<Payload>> EnvelopeAsync();

    [Get("/json")]
    ValueTask<AgoraResponse<string>> TextEnvelopeAsync();

    [Get("/json")]
    ValueTask<Payload?> MaybeAsync(CancellationToken cancellationToken);

    [Get("/empty")]
    ValueTask EmptyAsync(CancellationToken cancellationToken = default);
}

/// <summary>Strings that would break naive code generation: quotes, backslashes, comment closers.</summary>
[AgoraApi("https://api.agora.io/")]
[NoAuth]
[Header("x-quote", "say \"hi\" \\ */ /* // done")]
public partial interface IEscapingApi
{
    [Get("/a\"b/{value}/c\\d")]
    Task<string> OddRouteAsync(string value);

    [Get("/unsupported")]
    [Header("x-broken", "line\r\nInjected: yes")]
    Task<string> BrokenHeaderAsync();

    Task<string> NoHttpMethodAsync();

    [Get("/unbound")]
    Task<string> UnboundAsync(string nothing);

    [Get("/keyword/{class}")]
    Task<string> KeywordAsync(string @class, [Query("event")] string @event);

    [Get("/structs")]
    Task<string> StructCollectionAsync([Query("n")] ImmutableArray<int> numbers);

    [Get("/object-names/{id}")]
    Task<string> ToString(string id);

    [Get("/object-names")]
    Task<string> GetHashCode(CancellationToken cancellationToken);
}

/// <summary>
/// Parameters named like the generated client's own members: the client must still reach its operation,
/// auth-scheme list and enum formatter rather than the parameters.
/// </summary>
[AgoraApi]
[BasicAuth]
public partial interface IShadowingApi
{
    [Get("/shadow/{__agoraSchemesInUse}")]
    Task<string> ShadowAsync(
        string __agoraSchemesInUse,
        [Query] string __agoraOperation0,
        [Query("mode")] RecordingMode __AgoraFormatRecordingMode,
        [Query] string ShadowingApiClient,
        [Query] string Agora);
}
