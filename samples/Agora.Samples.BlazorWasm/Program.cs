using Agora.Rest;
using Agora.Samples.BlazorWasm;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.AspNetCore.Components.WebAssembly.Hosting;

WebAssemblyHostBuilder builder = WebAssemblyHostBuilder.CreateDefault(args);
builder.RootComponents.Add<App>("#app");
builder.RootComponents.Add<HeadOutlet>("head::after");

// The app's own server (Agora.Samples.Server) signs the user in and issues tokens; set "ServerAddress" in
// wwwroot/appsettings.json when it is not the origin the app was loaded from.
Uri server = new(builder.Configuration["ServerAddress"] ?? builder.HostEnvironment.BaseAddress);
builder.Services.AddScoped(_ =>
{
    var http = new HttpClient { BaseAddress = server };
    // The server sample's demo sign-in (Development only): a real app signs in for real and sends its cookie or token.
    http.DefaultRequestHeaders.Add("X-Demo-User", builder.Configuration["DemoUser"] ?? "alice");
    return http;
});

// "AgoraBaseAddress" points the app at the emulator the server sample runs when it has no Agora settings.
builder.Services.AddSingleton(new AgoraClientOptions
{
    JsonSerializerOptions = SampleJsonContext.Default.Options,
    BaseAddress = builder.Configuration["AgoraBaseAddress"] is { Length: > 0 } agora ? new Uri(agora) : null,
});
builder.Services.AddScoped<SignalingSession>();

await builder.Build().RunAsync();
