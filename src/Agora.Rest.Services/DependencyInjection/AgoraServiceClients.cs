using Microsoft.Extensions.DependencyInjection;

namespace Agora.Rest.Services;

/// <summary>Every service's generated <c>Add&lt;Name&gt;Client()</c>, called once each.</summary>
internal static class AgoraServiceClients
{
    public static void AddAll(IServiceCollection services)
    {
    }
}
