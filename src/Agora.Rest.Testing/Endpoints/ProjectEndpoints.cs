using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Agora.Rest.Testing.Gateway;
using Microsoft.AspNetCore.Http;

namespace Agora.Rest.Testing.Endpoints;

/// <summary>The Console project APIs: <c>GET /dev/v1/projects</c>.</summary>
internal sealed class ProjectEndpoints
{
    // Agora reports projects created before the account's first call; a fixed time keeps answers repeatable.
    private const long CreatedAt = 1_700_000_000;

    private readonly IReadOnlyList<EmulatedApp> _apps;

    public ProjectEndpoints(IReadOnlyList<EmulatedApp> apps)
    {
        _apps = apps;
    }

    public Task ListAsync(RouteRequest request) => JsonAnswer.WriteAsync(request.Context, StatusCodes.Status200OK, new ProjectList(
        _apps.Select((app, index) => new Project(ProjectId(index), app.Name, app.AppId, app.Certificate, string.Empty, 1, CreatedAt)).ToList()));

    // Agora's internal project id is not the App ID; usage queries take this one.
    private static string ProjectId(int index) => "project-" + (index + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);

    // Classes, not records: a record's ToString would print the certificate (sign_key).
    internal sealed class ProjectList(IReadOnlyList<Project> projects)
    {
        public IReadOnlyList<Project> Projects { get; } = projects;
    }

    internal sealed class Project(string id, string name, string vendorKey, string signKey, string recordingServer, int status, long created)
    {
        public string Id { get; } = id;

        public string Name { get; } = name;

        public string VendorKey { get; } = vendorKey;

        public string SignKey { get; } = signKey;

        public string RecordingServer { get; } = recordingServer;

        public int Status { get; } = status;

        public long Created { get; } = created;
    }
}
