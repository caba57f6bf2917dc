using System.Security.Claims;
using System.Text.Encodings.Web;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace Agora.Samples.Server;

/// <summary>
/// Stand-in sign-in for the sample: the caller names itself in <c>X-Demo-User</c>. Replace it with your real
/// authentication (cookies, JWT bearer, ...); the endpoints only rely on <c>User.Identity.Name</c>, so a caller
/// can get tokens for itself and nobody else.
/// </summary>
public sealed partial class DemoUserAuthentication(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "DemoUser";
    public const string Header = "X-Demo-User";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        string? user = Request.Headers[Header];
        if (string.IsNullOrEmpty(user))
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }

        // Signaling user ids and RTC user accounts: keep them to a plain alphabet.
        if (!UserName().IsMatch(user))
        {
            return Task.FromResult(AuthenticateResult.Fail($"{Header} must be 1-64 letters, digits, '-' or '_'."));
        }

        var identity = new ClaimsIdentity(new[] { new Claim(ClaimTypes.Name, user) }, SchemeName);
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName)));
    }

    [GeneratedRegex("^[A-Za-z0-9_-]{1,64}$")]
    private static partial Regex UserName();
}
