using System.Collections.Generic;
using System.Text.Json.Serialization;
using System.Threading;
using System.Threading.Tasks;
using Agora.Rest;

namespace AgoraApiNamespace;

/// <summary>
/// An Agora REST API this app calls. Agora.Generators makes its client at build time (and its DI registration where the
/// project references Microsoft.Extensions.Http); the analyzers report a route, parameter or scheme mistake as an AGR
/// error. [BasicAuth] sends the account's Customer ID and Secret (server side only); use [AccessToken2Auth] for APIs
/// called with an app's token.
/// </summary>
[AgoraApi]
[BasicAuth]
public partial interface IAgoraApi
{
    // TODO: replace the example with the operations you call: one method per route, named parameters for {path} values,
    // [Query("name")] for query strings, [Body] for a JSON body, and a CancellationToken last.
    [Get("/dev/v1/channel/{appId}")]
    Task<ApiNameChannelPage> ListChannelsAsync(string appId, [Query("page_no")] int page = 0,
        [Query("page_size")] int pageSize = 100, CancellationToken cancellationToken = default);
}

/// <summary>The example operation's answer: Agora's own JSON names where they are not camelCase.</summary>
public sealed record ApiNameChannelPage(bool Success, ApiNameChannelPageData? Data);

public sealed record ApiNameChannelPageData(
    IReadOnlyList<ApiNameChannel> Channels,
    [property: JsonPropertyName("total_size")] int TotalSize);

public sealed record ApiNameChannel(
    [property: JsonPropertyName("channel_name")] string ChannelName,
    [property: JsonPropertyName("user_count")] int UserCount);
