using System.Text.Json.Serialization;
using System.Threading;
using System.Threading.Tasks;

namespace Agora.Rest.Tests.Apis;

public sealed record RuleDraft(string ChannelName, int TimeInSeconds);

public sealed record RuleMade(long RuleId, string ChannelName);

public sealed record NotInTheContext(string Anything);

// Snake case on the wire, where the client options' web defaults would write camelCase: shows whose settings apply.
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower)]
[JsonSerializable(typeof(RuleDraft))]
[JsonSerializable(typeof(RuleMade))]
public partial class SnakeCaseJson : JsonSerializerContext
{
}

/// <summary>An API whose bodies go through its own declared source-generated context.</summary>
[AgoraApi(JsonContext = typeof(SnakeCaseJson))]
[BasicAuth]
public partial interface IDeclaredContextApi
{
    [Post("/rules")]
    Task<RuleMade> CreateAsync([Body] RuleDraft draft, CancellationToken cancellationToken = default);

    [Get("/rules/{id}")]
    Task<AgoraResponse<RuleMade>> GetAsync(long id, CancellationToken cancellationToken = default);

    [Get("/other")]
    Task<NotInTheContext> OtherAsync(CancellationToken cancellationToken = default);
}
