using System;
using System.Collections.Generic;
using System.Linq;
using Agora.Rest.Tokens;
using Microsoft.AspNetCore.Http;

namespace Agora.Rest.Testing.Gateway;

/// <summary>
/// Checks the tokens Signaling accepts in place of the customer's credentials, as Signaling does. Either
/// <c>Authorization: agora token=&lt;AccessToken2&gt;</c>, with the RTM service's login privilege in force and
/// its user; or the legacy pair <c>x-agora-token</c> (an AccessToken, 006) and <c>x-agora-uid</c>, signed for
/// that uid with the RTM login privilege in force. Both must be tokens of the App ID in the path, signed with
/// that app's certificate and not expired; where the path names a user, it must be the token's user.
/// </summary>
internal sealed class SignalingTokenCredentials
{
    private const string LegacyTokenHeader = Agora.Wire.AgoraWire.TokenHeader;
    private const string LegacyUidHeader = Agora.Wire.AgoraWire.UidHeader;

    private readonly AppTokens _apps;
    private readonly TimeProvider _time;

    public SignalingTokenCredentials(IEnumerable<EmulatedApp> apps, TimeProvider time)
    {
        _apps = new AppTokens(apps);
        _time = time;
    }

    public bool Accepts(HttpRequest request, IReadOnlyDictionary<string, string> routeValues)
    {
        if (!_apps.TryGetCertificate(routeValues, out string? appId, out string? certificate))
        {
            return false;
        }

        string? user = AccessToken2User(request, routeValues) ?? LegacyUser(request, appId, certificate);
        return user is not null && (!routeValues.TryGetValue("user_id", out string? pathUser) || string.Equals(pathUser, user, StringComparison.Ordinal));
    }

    // The RTM user of a valid AccessToken2, or null.
    private string? AccessToken2User(HttpRequest request, IReadOnlyDictionary<string, string> routeValues)
    {
        if (!_apps.TryRead(request, routeValues, out AccessToken2? parsed))
        {
            return null;
        }

        DateTimeOffset now = _time.GetUtcNow();
        RtmService? signaling = parsed.Services.OfType<RtmService>().FirstOrDefault();
        return now < parsed.ExpiresAt
            && signaling?.GetPrivilegeExpire((ushort)RtmPrivilege.Login) is { } loginExpire
            && now < parsed.IssuedAt.AddSeconds(loginExpire)
            ? signaling.UserId
            : null;
    }

    // The uid of a valid legacy token and uid pair, or null.
    private string? LegacyUser(HttpRequest request, string appId, string certificate)
    {
        if (request.Headers[LegacyTokenHeader] is not { Count: 1 } tokens || request.Headers[LegacyUidHeader] is not { Count: 1 } uids)
        {
            return null;
        }

        string uid = uids.ToString();
        if (!AccessToken.TryParse(tokens.ToString(), out AccessToken? parsed)
            || !string.Equals(parsed.AppId, appId, StringComparison.Ordinal)
            || !parsed.VerifySignature(certificate, channelName: string.Empty, uid))
        {
            return null;
        }

        // A 006 privilege's value is an absolute Unix time; 0 means it does not lapse before the token does.
        DateTimeOffset now = _time.GetUtcNow();
        TokenPrivilege? login = parsed.Privileges.Where(p => p.Key == (ushort)AccessTokenPrivilege.RtmLogin).Cast<TokenPrivilege?>().FirstOrDefault();
        return now < parsed.ExpiresAt && login is { } privilege && (privilege.Expire == 0 || now.ToUnixTimeSeconds() < privilege.Expire)
            ? uid
            : null;
    }
}
