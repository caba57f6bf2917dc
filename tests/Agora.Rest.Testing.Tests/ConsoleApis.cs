using System.Collections.Generic;
using System.Text.Json.Serialization;
using System.Threading;
using System.Threading.Tasks;

namespace Agora.Rest.Testing.Tests;

// The Console project API as a user declares it; the generator implements it.

[AgoraApi, BasicAuth]
public partial interface IProjectApi
{
    [Get("/dev/v1/projects")]
    Task<ProjectList> ListProjectsAsync(CancellationToken cancellationToken = default);

    [Get("/dev/v1/project")]
    Task<ProjectList> FindProjectsAsync([Query] string? id = null, [Query] string? name = null, CancellationToken cancellationToken = default);

    [Get("/dev/v1/no-such-api")]
    Task<ProjectList> MissingAsync(CancellationToken cancellationToken = default);
}

public sealed record ProjectList(IReadOnlyList<Project> Projects);

public sealed record Project(
    string Id,
    string Name,
    [property: JsonPropertyName("vendor_key")] string VendorKey,
    [property: JsonPropertyName("sign_key")] string SignKey,
    int Status,
    long Created);
