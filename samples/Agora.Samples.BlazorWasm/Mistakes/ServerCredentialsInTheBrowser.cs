using Agora.Rest;
using Microsoft.Extensions.Configuration;

namespace Agora.Samples.BlazorWasm.Mistakes;

// DO NOT COPY. Compiled only with -p:ShowServerCredentialMistake=true, to show AGR0003: the account's Customer
// Secret in an app that runs in the browser. Configuration does not help, since wwwroot/appsettings.json is
// downloaded by every visitor. Call Agora with these credentials from your server instead.
internal static class ServerCredentialsInTheBrowser
{
    public static AgoraCredentials Create(IConfiguration configuration) =>
        AgoraCredentials.Basic(configuration["Agora:CustomerId"]!, configuration["Agora:CustomerSecret"]!);
}
