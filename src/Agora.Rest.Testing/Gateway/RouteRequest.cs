using System.Collections.Generic;
using Microsoft.AspNetCore.Http;

namespace Agora.Rest.Testing.Gateway;

/// <summary>A request that matched a route, with the values of the route's holes.</summary>
internal sealed record RouteRequest(HttpContext Context, IReadOnlyDictionary<string, string> Values)
{
    public string this[string hole] => Values[hole];
}
