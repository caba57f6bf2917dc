using System;
using System.Collections.Generic;
using System.Linq;
using Agora.Rest.Tokens;
using Microsoft.AspNetCore.Http;

namespace Agora.Rest.Testing.Gateway;

/// <summary>
/// Checks the legacy pair <c>x-agora-token</c> (an AccessToken, 006) and <c>x-agora-uid</c> as Signaling does: a
/// token of the app in the path, signed for that uid with the app's certificate, not expired, with the RTM login
/// privilege in force; where the path names a user, the uid must be that user.
/// </summary>
internal sealed class LegacyTokenCredentials
{
    private const string TokenHeader = "x-agora-token";
    private const string UidHeader = "x-agora-uid";

    private readonly Dictionary<string, string> _certificates;
    private readonly TimeProvider _time;

    public LegacyTokenCredentials(IEnumerable<EmulatedApp> apps, TimeProvider time)
    {
        _certificates = apps.ToDictionary(app => app.AppId, app => app.Certificate, StringComparer.Ordinal);
        _time = time;
    }

    public bool Accepts(HttpRequest request, IReadOnlyDictionary<string, string> routeValues)
    {
        if (request.Headers[TokenHeader] is not { Count: 1 } tokens || request.Headers[UidHeader] is not { Count: 1 } uids
            || !routeValues.TryGetValue("appid", out string? appId) || !_certificates.TryGetValue(appId, out string? certificate))
        {
            return false;
        }

        string uid = uids.ToString();
        if (!AccessToken.TryParse(tokens.ToString(), out AccessToken? parsed)
            || !string.Equals(parsed.AppId, appId, StringComparison.Ordinal)
            || !parsed.VerifySignature(certificate, channelName: string.Empty, uid))
        {
            return false;
        }

        // A 006 privilege's value is an absolute Unix time; 0 means it does not lapse before the token does.
        DateTimeOffset now = _time.GetUtcNow();
        TokenPrivilege? login = parsed.Privileges.Where(p => p.Key == (ushort)AccessTokenPrivilege.RtmLogin).Cast<TokenPrivilege?>().FirstOrDefault();
        return now < parsed.ExpiresAt
            && login is { } privilege
            && (privilege.Expire == 0 || now.ToUnixTimeSeconds() < privilege.Expire)
            && (!routeValues.TryGetValue("user_id", out string? user) || string.Equals(user, uid, StringComparison.Ordinal));
    }
}
