namespace Agora.Rest;

/// <summary>How a request authenticates to Agora.</summary>
public enum AgoraAuthScheme
{
    /// <summary>No credentials are sent.</summary>
    None = 0,

    /// <summary><c>Authorization: Basic base64(customerId:customerSecret)</c>.</summary>
    Basic = 1,

    /// <summary><c>Authorization: agora token=&lt;token&gt;</c>.</summary>
    AccessToken2 = 2,

    /// <summary><c>x-agora-token: &lt;token&gt;</c> and <c>x-agora-uid: &lt;uid&gt;</c>.</summary>
    AccessToken = 3,

    /// <summary>
    /// Either, for an API Agora serves with both (<c>[BasicAuth, AccessToken2Auth]</c>): <see cref="Basic"/> when the
    /// client has Basic credentials, else <see cref="AccessToken2"/> with its token provider.
    /// </summary>
    BasicOrAccessToken2 = 4,

    /// <summary>
    /// Either, for an API Agora serves with both (<c>[BasicAuth, AccessTokenAuth]</c>): <see cref="Basic"/> when the
    /// client has Basic credentials, else the legacy <see cref="AccessToken"/> headers.
    /// </summary>
    BasicOrAccessToken = 5,
}
