using System;
using System.Collections.Generic;
using System.Linq;
using Agora.Rest.Tokens;
using Microsoft.AspNetCore.Http;

namespace Agora.Rest.Testing.Gateway;

/// <summary>
/// Checks <c>Authorization: agora token=&lt;token&gt;</c> as Signaling does: an AccessToken2 of the app in the path,
/// signed with that app's certificate, not expired, with a Signaling (RTM) login privilege still in force; where
/// the path names a user, the token must be that user's.
/// </summary>
internal sealed class AccessToken2Credentials
{
    private const string Prefix = "agora token=";

    private readonly Dictionary<string, string> _certificates;
    private readonly TimeProvider _time;

    public AccessToken2Credentials(IEnumerable<EmulatedApp> apps, TimeProvider time)
    {
        _certificates = apps.ToDictionary(app => app.AppId, app => app.Certificate, StringComparer.Ordinal);
        _time = time;
    }

    public bool Accepts(HttpRequest request, IReadOnlyDictionary<string, string> routeValues)
    {
        string authorization = request.Headers.Authorization.ToString();
        if (!authorization.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase)
            || !routeValues.TryGetValue("appid", out string? appId)
            || !_certificates.TryGetValue(appId, out string? certificate))
        {
            return false;
        }

        // Agora's newer pages quote the token (agora token="…"); both forms are accepted.
        string token = authorization.Substring(Prefix.Length).Trim().Trim('"');
        if (!AccessToken2.TryParse(token, out AccessToken2? parsed)
            || !string.Equals(parsed.AppId, appId, StringComparison.Ordinal)
            || !parsed.VerifySignature(certificate))
        {
            return false;
        }

        DateTimeOffset now = _time.GetUtcNow();
        RtmService? signaling = parsed.Services.OfType<RtmService>().FirstOrDefault();
        return now < parsed.ExpiresAt
            && signaling?.GetPrivilegeExpire((ushort)RtmPrivilege.Login) is { } loginExpire
            && now < parsed.IssuedAt.AddSeconds(loginExpire)
            && (!routeValues.TryGetValue("user_id", out string? user) || string.Equals(user, signaling.UserId, StringComparison.Ordinal));
    }
}
