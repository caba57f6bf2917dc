using System;
using System.Net.Http;
using System.Net.Http.Json;
using System.Text;
using System.Threading.Tasks;

namespace Agora.ColdStart;

/// <summary>What a careful developer writes by hand: the Basic header computed once, the source-generated JSON context.</summary>
internal static class HandWrittenVariant
{
    public static async Task<ProjectList> ListProjectsAsync(ColdStartSettings settings)
    {
        // Not disposed: the process ends right after the call, and disposing would only add to the measured span.
        var http = new HttpClient { BaseAddress = settings.BaseAddress };
        string basic = "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes(settings.CustomerId + ":" + settings.CustomerSecret));
        http.DefaultRequestHeaders.TryAddWithoutValidation("Authorization", basic);
        Milestones.MarkClientCreated();

        using HttpResponseMessage response = await http.GetAsync("/dev/v1/projects").ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync(ColdStartJsonContext.Default.ProjectList).ConfigureAwait(false))!;
    }
}
