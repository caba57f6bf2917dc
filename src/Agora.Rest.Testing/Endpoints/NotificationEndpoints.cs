using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Serialization;
using System.Threading.Tasks;
using Agora.Rest.Testing.Gateway;
using Microsoft.AspNetCore.Http;

namespace Agora.Rest.Testing.Endpoints;

/// <summary>
/// The Notifications (NCS) servers' addresses, <c>GET /v1/ncs/ip</c> and <c>GET /v2/ncs/ip</c>: one answer for every
/// service that documents either route (Cloud Recording, Cloud Transcoding, Media Push and Media Pull call v1; Channel
/// Management and Media Gateway v2), <c>{"data":{"service":{"hosts":[{"primaryIP":…}]}}}</c>.
/// </summary>
internal static class NotificationEndpoints
{
    // Documentation ranges (RFC 5737), so an allow-list built from them can never let a real host through.
    public static readonly IReadOnlyList<string> ServerIps = ["198.51.100.17", "203.0.113.42"];

    public static Task ServerIpsAsync(RouteRequest request) =>
        JsonAnswer.WriteCamelCaseAsync(
            request.Context,
            StatusCodes.Status200OK,
            new Answer(new Data(new Service(ServerIps.Select(ip => new Host(ip)).ToArray()))));

    private sealed record Answer(Data Data);

    private sealed record Data(Service Service);

    private sealed record Service(Host[] Hosts);

    // "primaryIP" keeps its upper-case IP, which no naming policy produces.
    private sealed record Host([property: JsonPropertyName("primaryIP")] string PrimaryIp);
}
