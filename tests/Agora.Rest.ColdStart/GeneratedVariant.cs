using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Agora.Rest;

namespace Agora.ColdStart;

[AgoraApi, BasicAuth]
public partial interface IProjectApi
{
    [Get("/dev/v1/projects")]
    Task<ProjectList> ListProjectsAsync(CancellationToken cancellationToken = default);
}

/// <summary>The client Agora.Generators emits for <see cref="IProjectApi"/>, set up as its docs suggest.</summary>
internal static class GeneratedVariant
{
    public static async Task<ProjectList> ListProjectsAsync(ColdStartSettings settings)
    {
        // Not disposed: the process ends right after the call, and disposing would only add to the measured span.
        var http = new HttpClient { BaseAddress = settings.BaseAddress };
        var options = new AgoraClientOptions { JsonSerializerOptions = ColdStartJsonContext.Default.Options };

        // Callers hold the interface (that is what gets injected), so the call goes through it here too.
#pragma warning disable CA1859
        IProjectApi api = new ProjectApiClient(http, AgoraCredentials.Basic(settings.CustomerId, settings.CustomerSecret), options);
#pragma warning restore CA1859
        Milestones.MarkClientCreated();
        return await api.ListProjectsAsync().ConfigureAwait(false);
    }
}
