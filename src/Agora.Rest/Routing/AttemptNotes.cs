using System.Net.Http;
using Agora.Rest.Infrastructure;

namespace Agora.Rest.Routing;

/// <summary>
/// What the client notes on a request during an attempt, for deciding whether the attempt may be repeated: that it
/// followed a redirect, so the server already acted on it even if a later hop never connected. Written only on that
/// rare path, so a plain call allocates nothing for it.
/// </summary>
internal static class AttemptNotes
{
    private const string FollowedRedirectKey = "Agora.Rest.FollowedRedirect";

    public static void MarkFollowedRedirect(HttpRequestMessage request) => RequestNotes.Set(request, FollowedRedirectKey, true);

    public static bool FollowedRedirect(HttpRequestMessage request) => RequestNotes.TryGet(request, FollowedRedirectKey, out bool followed) && followed;
}
