using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using Agora.Rest.Tokens;
using Microsoft.AspNetCore.Http;

namespace Agora.Rest.Testing.Gateway;

/// <summary>
/// The part every token check shares: an <c>Authorization: agora token=…</c> header (Agora's newer pages quote the
/// token; both forms are accepted) holding an AccessToken2 of the App ID in the path, signed with that app's certificate.
/// </summary>
internal sealed class AppTokens
{
    private const string AuthorizationPrefix = Agora.Wire.AgoraWire.AccessToken2Prefix;

    private readonly Dictionary<string, string> _certificates;

    public AppTokens(IEnumerable<EmulatedApp> apps)
    {
        _certificates = apps.ToDictionary(app => app.AppId, app => app.Certificate, StringComparer.Ordinal);
    }

    /// <summary>The certificate of the app in the path, when the emulator has that app.</summary>
    public bool TryGetCertificate(IReadOnlyDictionary<string, string> routeValues, [NotNullWhen(true)] out string? appId, [NotNullWhen(true)] out string? certificate)
    {
        certificate = null;
        return routeValues.TryGetValue("appid", out appId) && _certificates.TryGetValue(appId, out certificate);
    }

    /// <summary>The request's AccessToken2, when it is one of the path's app and signed with its certificate.</summary>
    public bool TryRead(HttpRequest request, IReadOnlyDictionary<string, string> routeValues, [NotNullWhen(true)] out AccessToken2? token)
    {
        token = null;
        string authorization = request.Headers.Authorization.ToString();
        if (!authorization.StartsWith(AuthorizationPrefix, StringComparison.OrdinalIgnoreCase)
            || !TryGetCertificate(routeValues, out string? appId, out string? certificate))
        {
            return false;
        }

        string text = authorization.Substring(AuthorizationPrefix.Length).Trim().Trim('"');
        if (!AccessToken2.TryParse(text, out AccessToken2? parsed)
            || !string.Equals(parsed.AppId, appId, StringComparison.Ordinal)
            || !parsed.VerifySignature(certificate))
        {
            return false;
        }

        token = parsed;
        return true;
    }
}
