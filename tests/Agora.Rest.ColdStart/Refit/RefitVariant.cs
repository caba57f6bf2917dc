using System;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Refit;

namespace Agora.ColdStart.RefitClient;

public interface IRefitProjectApi
{
    [Get("/dev/v1/projects")]
    Task<ProjectList> ListProjectsAsync(CancellationToken cancellationToken = default);
}

/// <summary>The same endpoint through Refit's source-generated stub, with the same JSON context.</summary>
internal static class RefitVariant
{
    public static async Task<ProjectList> ListProjectsAsync(ColdStartSettings settings)
    {
        // Not disposed: the process ends right after the call, and disposing would only add to the measured span.
        var http = new HttpClient { BaseAddress = settings.BaseAddress };
        string basic = "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes(settings.CustomerId + ":" + settings.CustomerSecret));
        http.DefaultRequestHeaders.TryAddWithoutValidation("Authorization", basic);

        var refitSettings = new RefitSettings { ContentSerializer = new SystemTextJsonContentSerializer(ColdStartJsonContext.Default.Options) };
        IRefitProjectApi api = RestService.ForGenerated<IRefitProjectApi>(http, refitSettings);
        Milestones.MarkClientCreated();
        return await api.ListProjectsAsync().ConfigureAwait(false);
    }
}
