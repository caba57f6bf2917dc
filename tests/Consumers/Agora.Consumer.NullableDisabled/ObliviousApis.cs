// Written the way pre-nullable code bases are: no annotations anywhere. The generated client annotates its
// own code under '#nullable enable' and must still build here with warnings as errors.
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Agora.Rest;

namespace Agora.Consumer.Oblivious
{
    public sealed class Project
    {
        public string Name { get; set; }
    }

    [AgoraApi]
    [BasicAuth]
    public partial interface IProjectApi
    {
        [Get("/dev/v1/projects")]
        Task<List<Project>> ListAsync([Query("name")] string name = null, [Query("tag")] List<string> tags = null,
            CancellationToken cancellationToken = default);

        [Post("/dev/v1/project")]
        Task<AgoraResponse<Project>> CreateAsync([Body] Project project, [Header("x-note")] string note = null);

        [Get("/dev/v1/project/{id}")]
        Task<string> ToString(string id);

        [Get("/dev/v1/generic")]
        Task<T> GenericAsync<T>(T value);
    }
}
