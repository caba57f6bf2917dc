using System.Security.Claims;
using System.Text.RegularExpressions;
using Agora.Rest.Tokens;
using Microsoft.Extensions.Options;

namespace AgoraServer;

/// <summary>
/// Issues RTC and Signaling tokens to signed-in callers, for themselves only: the user account in a token is the
/// caller's name, never a value from the request. The App Certificate never leaves the server.
/// </summary>
public static partial class TokenEndpoints
{
    public static void MapTokenEndpoints(this WebApplication app)
    {
        RouteGroupBuilder tokens = app.MapGroup("/api/tokens").RequireAuthorization();
        tokens.MapPost("/rtc", IssueRtcToken);
        tokens.MapPost("/signaling", IssueSignalingToken);
    }

    private static IResult IssueRtcToken(RtcTokenRequest request, ClaimsPrincipal user, IOptions<AgoraAppOptions> agora, IConfiguration configuration, TimeProvider time)
    {
        if (request.Channel is null || !ChannelName().IsMatch(request.Channel))
        {
            return Results.ValidationProblem(new Dictionary<string, string[]> { ["channel"] = ["A channel name is 1-64 letters, digits, spaces or !#$%&()+-:;<=.>?@[]^_{|}~"] });
        }

        RtcTokenRole role;
        switch (request.Role ?? "subscriber")
        {
            case "publisher": role = RtcTokenRole.Publisher; break;
            case "subscriber": role = RtcTokenRole.Subscriber; break;
            default: return Results.ValidationProblem(new Dictionary<string, string[]> { ["role"] = ["The role is publisher or subscriber."] });
        }

        // TODO: decide here whether this user may join this channel, and as a publisher; the template lets anyone.
        uint lifetime = Lifetime(configuration);
        string account = user.Identity!.Name!;
        string token = RtcTokenBuilder2.BuildTokenWithUserAccount(agora.Value.AppId!, agora.Value.AppCertificate!, request.Channel, account, role, lifetime, lifetime);
        return Results.Ok(new IssuedToken(token, agora.Value.AppId!, account, time.GetUtcNow().AddSeconds(lifetime)));
    }

    private static IResult IssueSignalingToken(ClaimsPrincipal user, IOptions<AgoraAppOptions> agora, IConfiguration configuration, TimeProvider time)
    {
        uint lifetime = Lifetime(configuration);
        string userId = user.Identity!.Name!;
        string token = RtmTokenBuilder2.BuildToken(agora.Value.AppId!, agora.Value.AppCertificate!, userId, lifetime);
        return Results.Ok(new IssuedToken(token, agora.Value.AppId!, userId, time.GetUtcNow().AddSeconds(lifetime)));
    }

    // Seconds, from Tokens:LifetimeSeconds: an hour unless set, and within Agora's 24-hour limit.
    private static uint Lifetime(IConfiguration configuration) =>
        Math.Clamp(configuration.GetValue<uint?>("Tokens:LifetimeSeconds") ?? 3600, 60, 86400);

    [GeneratedRegex(@"^[A-Za-z0-9 !#$%&()+\-:;<=.>?@\[\]^_{|}~]{1,64}$")]
    private static partial Regex ChannelName();
}

public sealed record RtcTokenRequest(string? Channel, string? Role);

public sealed record IssuedToken(string Token, string AppId, string Account, DateTimeOffset ExpiresAt);
