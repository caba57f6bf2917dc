using System.ComponentModel;
using System.Net.Http;

namespace Agora.Rest.Infrastructure;

/// <summary>Settings the generated IHttpClientFactory registrations apply to the primary handler. Not meant to be used directly.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class AgoraHandlers
{
    /// <summary>
    /// Turns off the handler's own redirects, so that generated clients follow them and keep credentials within
    /// the origin (the handler would send <c>x-agora-token</c> and <c>x-agora-uid</c> to any host). Handlers of
    /// other kinds are left as they are.
    /// </summary>
    public static void LeaveRedirectsToClient(HttpMessageHandler handler)
    {
        switch (handler)
        {
            case HttpClientHandler clientHandler:
                clientHandler.AllowAutoRedirect = false;
                break;
#if NET5_0_OR_GREATER
            case SocketsHttpHandler socketsHandler:
                socketsHandler.AllowAutoRedirect = false;
                break;
#else
            // This build runs on .NET Core too, whose factory may hand a SocketsHttpHandler this build cannot name.
            case { } other when other.GetType().FullName == "System.Net.Http.SocketsHttpHandler":
                other.GetType().GetProperty("AllowAutoRedirect")?.SetValue(other, false);
                break;
#endif
        }
    }
}
