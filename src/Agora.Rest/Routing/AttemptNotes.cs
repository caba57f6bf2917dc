using System.Net.Http;

namespace Agora.Rest.Routing;

/// <summary>
/// What the client notes on a request during an attempt, for deciding whether the attempt may be repeated: that it
/// followed a redirect, so the server already acted on it even if a later hop never connected. Written only on that
/// rare path, so a plain call allocates nothing for it.
/// </summary>
internal static class AttemptNotes
{
    private const string FollowedRedirectKey = "Agora.Rest.FollowedRedirect";

#if NET5_0_OR_GREATER
    private static readonly HttpRequestOptionsKey<bool> s_followedRedirect = new(FollowedRedirectKey);

    public static void MarkFollowedRedirect(HttpRequestMessage request) => request.Options.Set(s_followedRedirect, true);

    public static bool FollowedRedirect(HttpRequestMessage request) =>
        request.Options.TryGetValue(s_followedRedirect, out bool followed) && followed;
#else
    public static void MarkFollowedRedirect(HttpRequestMessage request) => request.Properties[FollowedRedirectKey] = true;

    public static bool FollowedRedirect(HttpRequestMessage request) =>
        request.Properties.TryGetValue(FollowedRedirectKey, out object? value) && value is true;
#endif
}
