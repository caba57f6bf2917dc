namespace Agora.Generators.Model;

/// <summary>
/// How a method authenticates: the generator's twin of <c>Agora.Rest.AgoraAuthScheme</c>, which the generator cannot
/// reference (it loads into the compiler, not the app). Names and values match member for member; a test pins them.
/// </summary>
internal enum AuthScheme
{
    /// <summary>No credentials are sent (<c>[NoAuth]</c>).</summary>
    None = 0,

    /// <summary>HTTP Basic (<c>[BasicAuth]</c>).</summary>
    Basic = 1,

    /// <summary><c>Authorization: agora token=</c> (<c>[AccessToken2Auth]</c>).</summary>
    AccessToken2 = 2,

    /// <summary><c>x-agora-token</c> and <c>x-agora-uid</c> (<c>[AccessTokenAuth]</c>).</summary>
    AccessToken = 3,

    /// <summary>Basic or <c>agora token=</c>, as the client's credentials carry (<c>[BasicAuth, AccessToken2Auth]</c>).</summary>
    BasicOrAccessToken2 = 4,

    /// <summary>Basic or the legacy token headers, as the client's credentials carry (<c>[BasicAuth, AccessTokenAuth]</c>).</summary>
    BasicOrAccessToken = 5,
}
