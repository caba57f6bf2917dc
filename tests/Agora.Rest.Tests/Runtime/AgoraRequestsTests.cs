using System.Net.Http;
using System.Threading.Tasks;

namespace Agora.Rest.Tests.Runtime;

[AgoraApi("https://api.agora.io"), NoAuth]
public partial interface IRepeatabilityApi
{
    [Get("/r")] Task<string> GetAsync();

    [Put("/r")] Task<string> PutAsync();

    [Delete("/r")] Task<string> DeleteAsync();

    [Post("/r")] Task<string> PostAsync();

    [Patch("/r")] Task<string> PatchAsync();

    [Post("/r"), Idempotent] Task<string> DeclaredPostAsync();

    [Patch("/r"), Idempotent] Task<string> DeclaredPatchAsync();
}

/// <summary><see cref="AgoraRequests.IsRepeatable"/>: what a retry pipeline may send again.</summary>
public sealed class AgoraRequestsTests
{
    private static async Task<bool> RepeatableAsync(System.Func<IRepeatabilityApi, Task<string>> call)
    {
        var handler = new CapturingHandler();
        await call(new RepeatabilityApiClient(new HttpClient(handler), AgoraCredentials.Token(Secrets.RandomToken())));
        return AgoraRequests.IsRepeatable(Assert.Single(handler.Requests));
    }

    [Fact]
    public async Task Idempotent_methods_by_HTTP_definition_are_repeatable()
    {
        Assert.True(await RepeatableAsync(api => api.GetAsync()));
        Assert.True(await RepeatableAsync(api => api.PutAsync()));
        Assert.True(await RepeatableAsync(api => api.DeleteAsync()));
    }

    [Fact]
    public async Task POST_and_PATCH_are_not_unless_declared_Idempotent()
    {
        Assert.False(await RepeatableAsync(api => api.PostAsync()));
        Assert.False(await RepeatableAsync(api => api.PatchAsync()));
        Assert.True(await RepeatableAsync(api => api.DeclaredPostAsync()));
        Assert.True(await RepeatableAsync(api => api.DeclaredPatchAsync()));
    }

    [Fact]
    public void Requests_not_sent_by_a_generated_client_follow_the_HTTP_definition()
    {
        Assert.False(AgoraRequests.IsRepeatable(null));
        Assert.True(AgoraRequests.IsRepeatable(new HttpRequestMessage(HttpMethod.Options, "https://x/")));
        Assert.False(AgoraRequests.IsRepeatable(new HttpRequestMessage(HttpMethod.Post, "https://x/")));
        Assert.False(AgoraRequests.IsRepeatable(new HttpRequestMessage(new HttpMethod("CONNECT"), "https://x/")));
    }
}
