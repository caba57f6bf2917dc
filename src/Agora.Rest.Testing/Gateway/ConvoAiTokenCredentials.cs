using System;
using System.Collections.Generic;
using System.Linq;
using Agora.Rest.Tokens;
using Microsoft.AspNetCore.Http;

namespace Agora.Rest.Testing.Gateway;

/// <summary>
/// Checks the tokens Conversational AI accepts in place of the customer's credentials:
/// <c>Authorization: agora token=&lt;AccessToken2&gt;</c> (quoted or not) of the App ID in the path, signed with that app's
/// certificate, lasting at most 86,400 seconds and not expired, with an RTC service whose join privilege is in force
/// and a Signaling login in force (what <c>ConvoAiTokenBuilder</c> and <c>RtcTokenBuilder2.BuildTokenWithRtm2</c> make).
/// The token's channel and uid are left on the request (<see cref="ConvoAiGrant"/>) for the endpoints to compare with
/// the agent they act on.
/// </summary>
internal sealed class ConvoAiTokenCredentials
{
    /// <summary>Agora's limit on a Conversational AI token's lifetime.</summary>
    public const uint MaxLifetimeSeconds = 86_400;

    private readonly AppTokens _apps;
    private readonly TimeProvider _time;

    public ConvoAiTokenCredentials(IEnumerable<EmulatedApp> apps, TimeProvider time)
    {
        _apps = new AppTokens(apps);
        _time = time;
    }

    public bool Accept(HttpContext context, IReadOnlyDictionary<string, string> routeValues)
    {
        if (!_apps.TryRead(context.Request, routeValues, out AccessToken2? parsed) || parsed.ExpireSeconds > MaxLifetimeSeconds)
        {
            return false;
        }

        DateTimeOffset now = _time.GetUtcNow();
        RtcService? rtc = parsed.Services.OfType<RtcService>().FirstOrDefault();
        RtmService? signaling = parsed.Services.OfType<RtmService>().FirstOrDefault();
        bool inForce = now < parsed.ExpiresAt
            && rtc?.GetPrivilegeExpire((ushort)RtcPrivilege.JoinChannel) is { } join && now < parsed.IssuedAt.AddSeconds(join)
            && signaling?.GetPrivilegeExpire((ushort)RtmPrivilege.Login) is { } login && now < parsed.IssuedAt.AddSeconds(login);
        if (!inForce)
        {
            return false;
        }

        context.Items[typeof(ConvoAiGrant)] = new ConvoAiGrant(rtc!.ChannelName, rtc.Uid);
        return true;
    }
}

/// <summary>The channel and uid a Conversational AI token was made for; absent when the caller used Basic credentials.</summary>
internal sealed record ConvoAiGrant(string Channel, string Uid)
{
    public static ConvoAiGrant? Of(HttpContext context) =>
        context.Items.TryGetValue(typeof(ConvoAiGrant), out object? grant) ? grant as ConvoAiGrant : null;
}
