using Agora.Rest;
using Agora.Rest.Services.ChannelManagement;
using Agora.Rest.Testing;
using Agora.Rest.Tokens;
using Microsoft.AspNetCore.Authentication;

namespace Agora.Samples.Server;

/// <summary>
/// The server: Agora credentials from configuration (section <c>Agora</c>: CustomerId, CustomerSecret, AppId,
/// AppCertificate, optional BaseAddress), checked at start; typed Agora clients from IHttpClientFactory; token
/// and Agora endpoints for signed-in callers. With no Agora settings at all it starts the offline emulator.
/// </summary>
public static class ServerApp
{
    /// <summary>The Signaling user id the server itself reads Signaling with.</summary>
    public const string ServerSignalingUser = "sample-server";

    private static readonly string[] AgoraKeys = { "CustomerId", "CustomerSecret", "AppId", "AppCertificate" };

    /// <param name="args">Command-line arguments (configuration overrides such as <c>--urls</c>).</param>
    /// <param name="configure">Last changes to the builder before it is built, for example test settings.</param>
    public static async Task<WebApplication> BuildAsync(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        WebApplicationBuilder builder = WebApplication.CreateBuilder(args);
        configure?.Invoke(builder);

        IConfigurationSection agora = builder.Configuration.GetSection("Agora");
        AgoraEmulator? emulator = null;
        // Only in Development: elsewhere missing settings must stop the server (validation names the key), never
        // quietly swap Agora for the emulator.
        if (builder.Environment.IsDevelopment() && AgoraKeys.All(key => string.IsNullOrEmpty(agora[key])))
        {
            (emulator, Dictionary<string, string?> settings) = await SampleEmulator.StartAsync();
            builder.Configuration.AddInMemoryCollection(settings);
        }

        builder.Services.AddAgoraCredentials(agora);
        builder.Services.AddAgoraTokenProvider(agora, (appId, appCertificate) => new SignalingTokenProvider(appId, appCertificate, ServerSignalingUser));
        if (agora["BaseAddress"] is { Length: > 0 } baseAddress)
        {
            builder.Services.AddSingleton(new AgoraClientOptions { BaseAddress = new Uri(baseAddress) });
        }

        // Channel management from Agora.Rest.Services, with the Basic credentials above. AddAgoraServices(builder.Configuration)
        // would bind them and register every service's client at once; this server needs channel management only.
        builder.Services.AddChannelApiClient();
        // The server's own Signaling declaration (AgoraApis.cs), with the token credentials of AddAgoraTokenProvider.
        builder.Services.AddSignalingApiClient();
        builder.Services.AddSingleton(TimeProvider.System);

        // The demo sign-in trusts a header anyone can send: Development only. Put your real authentication here.
        if (!builder.Environment.IsDevelopment())
        {
            throw new InvalidOperationException(
                "The sample's demo sign-in (X-Demo-User) lets anyone act as anyone; it runs only in Development. Replace DemoUserAuthentication with real authentication before running elsewhere.");
        }

        builder.Services.AddAuthentication(DemoUserAuthentication.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, DemoUserAuthentication>(DemoUserAuthentication.SchemeName, configureOptions: null);
        builder.Services.AddAuthorization();
        builder.Services.AddProblemDetails();
        builder.Services.AddExceptionHandler<AgoraErrorHandler>();

        WebApplication app = builder.Build();
        if (emulator is not null)
        {
            if (app.Logger.IsEnabled(LogLevel.Information))
            {
                app.Logger.LogInformation("No Agora settings given: running against the offline Agora emulator at {Address}", emulator.BaseAddress);
            }
            app.Lifetime.ApplicationStopped.Register(() => emulator.DisposeAsync().AsTask().GetAwaiter().GetResult());
        }

        app.UseExceptionHandler();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapTokenEndpoints();
        app.MapAgoraEndpoints();
        return app;
    }
}
