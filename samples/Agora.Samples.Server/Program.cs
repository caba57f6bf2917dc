using Agora.Samples.Server;

// Agora.Generators server sample: issues RTC and Signaling tokens to signed-in callers and calls Agora's REST APIs
// with the account's credentials, which stay here. Configure section "Agora" (user secrets or environment
// variables such as Agora__CustomerSecret); with none of it set, the offline emulator stands in for Agora.
WebApplication app = await ServerApp.BuildAsync(args);
await app.RunAsync();
