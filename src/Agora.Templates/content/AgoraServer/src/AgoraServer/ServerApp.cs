using Agora.Rest;
using Agora.Rest.Testing;
using Agora.Rest.Tokens;

namespace AgoraServer;

/// <summary>
/// Builds the server: Agora settings from configuration (section <c>Agora</c>: CustomerId, CustomerSecret, AppId,
/// AppCertificate, checked at start), the typed clients of Agora.Rest.Services, sign-in, and the endpoints.
/// Tests call <see cref="BuildAsync"/> with their own settings.
/// </summary>
public static class ServerApp
{
    /// <summary>The Signaling user id this server would act as when it calls Signaling with a token of its own.</summary>
    public const string ServerSignalingUser = "server";

    /// <param name="args">Command-line arguments (configuration overrides such as <c>--urls</c>).</param>
    /// <param name="configure">Last changes to the builder before it is built, for example a test's settings.</param>
    public static async Task<WebApplication> BuildAsync(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        WebApplicationBuilder builder = WebApplication.CreateBuilder(args);
        configure?.Invoke(builder);
        PlaceholderSignIn.EnsureDevelopment(builder.Environment);

        AgoraEmulator? emulator = await DevelopmentEmulator.StartIfUnconfiguredAsync(builder);

        // Binds Agora:CustomerId and Agora:CustomerSecret for the Basic clients and, with a token provider, Agora:AppId
        // and Agora:AppCertificate, which the token endpoints build with. A missing key stops the server at start,
        // naming the key and never a value.
        builder.Services.AddAgoraServices(
            builder.Configuration,
            (appId, appCertificate) => new SignalingTokenProvider(appId, appCertificate, ServerSignalingUser));
        // Only the emulator and tests set a base address: unset, the clients call Agora's own domains.
        if (builder.Configuration["Agora:BaseAddress"] is { Length: > 0 } baseAddress)
        {
            builder.Services.AddSingleton(new AgoraClientOptions { BaseAddress = new Uri(baseAddress) });
        }

        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddPlaceholderSignIn();
        builder.Services.AddProblemDetails();
        builder.Services.AddExceptionHandler<AgoraErrorHandler>();

        WebApplication app = builder.Build();
        if (emulator is not null)
        {
            app.Logger.LogInformation("No Agora settings given: running against the offline Agora emulator at {Address}", emulator.BaseAddress);
            app.Lifetime.ApplicationStopped.Register(() => emulator.DisposeAsync().AsTask().GetAwaiter().GetResult());
        }

        app.UseExceptionHandler();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapPlaceholderSignIn();
        app.MapTokenEndpoints();
        app.MapChannelEndpoints();
        return app;
    }
}
