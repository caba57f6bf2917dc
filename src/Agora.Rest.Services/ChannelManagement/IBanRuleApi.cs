using System.Threading;
using System.Threading.Tasks;
using Agora.Rest;

namespace Agora.Rest.Services.ChannelManagement;

/// <summary>
/// Ban rules (Agora's wire name: kicking rules): keep a user, an IP or a whole channel from joining or from publishing
/// audio or video for a while. Writes take priority over <see cref="ListBanRulesAsync"/>, which may miss rules when the
/// network is poor. Agora advises a request timeout of at least 20 s (never under 5 s) for these calls.
/// </summary>
[AgoraApi("https://api.agora.io", JsonContext = typeof(AgoraServicesJson))]
[BasicAuth]
public partial interface IBanRuleApi
{
    /// <summary>
    /// Creates a ban rule and returns its id. Not safe to repeat: after a timeout or a 504, list the rules to find out
    /// whether it was created. A user banned from joining is kicked out and their SDK reports "banned by server" (3).
    /// </summary>
    /// <param name="request">What to ban, whom, and for how long.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [Post("/dev/v1/kicking-rule")]
    Task<CreateBanRuleResponse> CreateBanRuleAsync([Body] CreateBanRuleRequest request, CancellationToken cancellationToken = default);

    /// <summary>Lists the ban rules of a project, each with its id and expiry time.</summary>
    /// <param name="appId">The project's App ID.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [Get("/dev/v1/kicking-rule")]
    Task<ListBanRulesResponse> ListBanRulesAsync([Query("appid")] string appId, CancellationToken cancellationToken = default);

    /// <summary>Changes how long an existing ban rule lasts (only its duration can change) and returns its new expiry.</summary>
    /// <param name="request">The rule's id and its new duration.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [Put("/dev/v1/kicking-rule")]
    Task<UpdateBanRuleResponse> UpdateBanRuleAsync([Body] UpdateBanRuleRequest request, CancellationToken cancellationToken = default);

    /// <summary>Deletes a ban rule by id; the request carries a JSON body, which this DELETE sends.</summary>
    /// <param name="request">The project and the rule's id.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [Delete("/dev/v1/kicking-rule")]
    Task<DeleteBanRuleResponse> DeleteBanRuleAsync([Body] DeleteBanRuleRequest request, CancellationToken cancellationToken = default);
}
