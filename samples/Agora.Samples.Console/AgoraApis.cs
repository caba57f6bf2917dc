using System.Threading;
using System.Threading.Tasks;
using Agora.Rest;

namespace Agora.Samples.ConsoleApp;

// Channels, kicking rules, Signaling, Cloud Recording and Conversational AI come typed from Agora.Rest.Services. The
// Console's project API is outside that package's scope, so the sample declares it here: this is how to declare an
// Agora API of your own. The generator builds ProjectApiClient from it at compile time.

/// <summary>Agora Console RESTful API: projects of the account.</summary>
[AgoraApi]
[BasicAuth]
public partial interface IProjectApi
{
    [Get("/dev/v1/projects")]
    Task<ProjectList> ListProjectsAsync(CancellationToken cancellationToken = default);
}
