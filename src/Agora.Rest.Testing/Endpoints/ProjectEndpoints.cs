using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Agora.Rest.Testing.Gateway;
using Microsoft.AspNetCore.Http;

namespace Agora.Rest.Testing.Endpoints;

/// <summary>
/// The Console project APIs: every project (<c>GET /dev/v1/projects</c>), and a lookup by internal project id or
/// name (<c>GET /dev/v1/project?id=&amp;name=</c>, either or both; the projects that match all that is given).
/// </summary>
internal sealed class ProjectEndpoints
{
    // Agora reports projects created before the account's first call; a fixed time keeps answers repeatable.
    private const long CreatedAt = 1_700_000_000;

    private readonly IReadOnlyList<EmulatedApp> _apps;

    public ProjectEndpoints(IReadOnlyList<EmulatedApp> apps)
    {
        _apps = apps;
    }

    public Task ListAsync(RouteRequest request) =>
        JsonAnswer.WriteAsync(request.Context, StatusCodes.Status200OK, new ProjectList(All().ToList()));

    public Task FindAsync(RouteRequest request)
    {
        IQueryCollection query = request.Context.Request.Query;
        string? id = query.TryGetValue("id", out var ids) ? ids.ToString() : null;
        string? name = query.TryGetValue("name", out var names) ? names.ToString() : null;
        if (string.IsNullOrEmpty(id) && string.IsNullOrEmpty(name))
        {
            return JsonAnswer.WriteAsync(request.Context, StatusCodes.Status400BadRequest, new GatewayAnswers.MessageBody("give id or name"));
        }

        var found = All().Where(p => (string.IsNullOrEmpty(id) || p.Id == id) && (string.IsNullOrEmpty(name) || p.Name == name)).ToList();
        return JsonAnswer.WriteAsync(request.Context, StatusCodes.Status200OK, new ProjectList(found));
    }

    private IEnumerable<Project> All() =>
        _apps.Select((app, index) => new Project(ProjectId(index), app.Name, app.AppId, app.Certificate, string.Empty, 1, CreatedAt));

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
