using System;
using System.Collections.Generic;
using System.ComponentModel;

namespace Agora.Rest.Infrastructure;

/// <summary>
/// Picks the credentials a generated <c>Add&lt;Name&gt;Client()</c> registration uses: the most recently
/// registered <see cref="AgoraCredentials"/> that can serve every scheme of the API, so HTTP Basic credentials
/// (<c>AddAgoraCredentials</c>) and token credentials (<c>AddAgoraTokenProvider</c>) live side by side.
/// Called by generated code; not meant to be used directly.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class AgoraContainerCredentials
{
    /// <summary>Returns the credentials for <paramref name="clientName"/>, or throws saying how to register them.</summary>
    /// <exception cref="InvalidOperationException">No registered credentials can serve the API's schemes.</exception>
    public static AgoraCredentials Resolve(IServiceProvider services, string clientName, AgoraAuthScheme[] schemesInUse)
    {
        if (services is null)
        {
            throw new ArgumentNullException(nameof(services));
        }

        var registered = new List<AgoraCredentials>();
        if (services.GetService(typeof(IEnumerable<AgoraCredentials>)) is IEnumerable<AgoraCredentials> all)
        {
            registered.AddRange(all);
        }

        // An API Agora serves with Basic or a token takes the account's Basic credentials when there are any, whatever was
        // registered after them: a token provider added for another API must not switch it to tokens.
        bool preferBasic = Array.IndexOf(schemesInUse, AgoraAuthScheme.BasicOrAccessToken2) >= 0 || Array.IndexOf(schemesInUse, AgoraAuthScheme.BasicOrAccessToken) >= 0;
        AgoraCredentials? picked = (preferBasic ? Latest(registered, schemesInUse, basicOnly: true) : null) ?? Latest(registered, schemesInUse, basicOnly: false);
        if (picked is not null)
        {
            // Only the credentials picked are built: a missing setting of theirs surfaces here, others' never.
            picked.Prepare();
            return picked;
        }

        string? reason = null;
        if (registered.Count > 0)
        {
            ServesAll(registered[registered.Count - 1], schemesInUse, out reason);
        }

        throw new InvalidOperationException(reason is null
            ? $"{clientName} needs AgoraCredentials: {HowToRegister(schemesInUse)}."
            : $"{clientName} found no registered AgoraCredentials it can use ({reason}): {HowToRegister(schemesInUse)}.");
    }

    private static bool ServesAll(AgoraCredentials credentials, AgoraAuthScheme[] schemesInUse, out string? reason)
    {
        foreach (AgoraAuthScheme scheme in schemesInUse)
        {
            if (!credentials.CanServe(scheme, out reason))
            {
                return false;
            }
        }

        reason = null;
        return true;
    }

    // The most recently registered credentials that serve every scheme in use (Basic ones only, when asked).
    private static AgoraCredentials? Latest(List<AgoraCredentials> registered, AgoraAuthScheme[] schemesInUse, bool basicOnly)
    {
        for (int i = registered.Count - 1; i >= 0; i--)
        {
            if ((!basicOnly || registered[i].IsBasic) && ServesAll(registered[i], schemesInUse, out _))
            {
                return registered[i];
            }
        }

        return null;
    }

    private static string HowToRegister(AgoraAuthScheme[] schemesInUse) =>
        Array.IndexOf(schemesInUse, AgoraAuthScheme.Basic) >= 0
            ? "register them with services.AddAgoraCredentials(configuration.GetSection(\"Agora\")), which reads CustomerId and CustomerSecret, or pass AgoraCredentials.Basic(...) to the Add method"
            : "register a token provider with services.AddAgoraTokenProvider(configuration.GetSection(\"Agora\"), ...), or pass AgoraCredentials.Token(...) to the Add method";
}
