using System.Security.Claims;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Authentication.BearerToken;

namespace AgoraServer;

/// <summary>
/// PLACEHOLDER sign-in, to replace with your app's identity provider before the server runs anywhere but a developer's
/// machine. <c>POST /dev/sign-in {"user":"alice"}</c> signs in whoever asks, as any name, and answers with a bearer
/// token (ASP.NET Core's own bearer token scheme, no network needed); callers send it as <c>Authorization: Bearer ...</c>.
/// To replace it: register your scheme (JWT bearer from your identity provider, cookies, ...) in
/// <see cref="AddPlaceholderSignIn"/>, delete <see cref="MapPlaceholderSignIn"/> and <see cref="EnsureDevelopment"/>.
/// The token and Agora endpoints rely only on <c>User.Identity.Name</c>, so a caller gets tokens for itself alone.
/// </summary>
public static partial class PlaceholderSignIn
{
    /// <summary>Signs in anyone, so it may only run in Development: elsewhere the server refuses to start.</summary>
    public static void EnsureDevelopment(IHostEnvironment environment)
    {
        if (!environment.IsDevelopment())
        {
            throw new InvalidOperationException(
                "The template's placeholder sign-in (POST /dev/sign-in) lets anyone sign in as anyone, so it runs only in Development. Replace PlaceholderSignIn with your identity provider before running in " + environment.EnvironmentName + ".");
        }
    }

    public static IServiceCollection AddPlaceholderSignIn(this IServiceCollection services)
    {
        services.AddAuthentication(BearerTokenDefaults.AuthenticationScheme).AddBearerToken();
        services.AddAuthorization();
        return services;
    }

    public static void MapPlaceholderSignIn(this WebApplication app)
    {
        app.MapPost("/dev/sign-in", (SignInRequest request) =>
        {
            // Agora user accounts and Signaling user ids: a plain alphabet keeps them valid for both.
            if (request.User is null || !UserName().IsMatch(request.User))
            {
                return Results.ValidationProblem(new Dictionary<string, string[]> { ["user"] = ["A user name is 1-64 letters, digits, '-' or '_'."] });
            }

            var identity = new ClaimsIdentity([new Claim(ClaimTypes.Name, request.User)], BearerTokenDefaults.AuthenticationScheme);
            return Results.SignIn(new ClaimsPrincipal(identity), authenticationScheme: BearerTokenDefaults.AuthenticationScheme);
        });
    }

    [GeneratedRegex("^[A-Za-z0-9_-]{1,64}$")]
    private static partial Regex UserName();
}

public sealed record SignInRequest(string? User);
