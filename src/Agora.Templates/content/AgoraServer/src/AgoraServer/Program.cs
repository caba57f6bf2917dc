using AgoraServer;

// Issues Agora RTC and Signaling tokens to signed-in callers and calls Agora's REST APIs with the account's
// credentials, which stay on this server. Configure section "Agora" with user secrets or environment variables
// (Agora__CustomerSecret, ...); in Development with none of it set, the offline emulator stands in for Agora.
WebApplication app = await ServerApp.BuildAsync(args);
await app.RunAsync();
