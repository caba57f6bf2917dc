using System.Threading;
using System.Threading.Tasks;

namespace Agora.Rest.Tests.Apis;

/// <summary>An API whose declared base address carries a path, as Conversational AI's does.</summary>
[AgoraApi("https://api.agora.io/api/conversational-ai-agent/v2/projects")]
[BasicAuth]
public partial interface IPathPrefixedApi
{
    [Get("/{appId}/agents")]
    Task<string> ListAsync(string appId, CancellationToken cancellationToken = default);
}
