using Agora.Generators.Diagnostics;
using Microsoft.CodeAnalysis;

namespace Agora.Analyzers.Security;

/// <summary>The rules that keep Agora credentials safe (AGR0xxx).</summary>
internal static class SecurityRules
{
    private const string Category = "Agora.Security";

    public static readonly DiagnosticDescriptor InsecureBaseAddress = new(
        "AGR0004",
        "Credentials go only to https base addresses",
        "The base address of '{0}' {1}, and its methods send Agora credentials; use an absolute https address (http only for a loopback host)",
        Category,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "Customer Secrets and tokens sent over plain http can be read by anyone on the path. The client also refuses at run time, before a byte is sent; this rule says so while you type.",
        helpLinkUri: HelpLinks.For("AGR0004"));

    public static readonly DiagnosticDescriptor HardCodedSecret = new(
        "AGR0001",
        "Agora server secrets are not written in source",
        "{0} is hard-coded here: {1}; read it from configuration or an environment variable on the server",
        Category,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "A Customer Secret or App Certificate in source is in every copy of the repository, its history and every build output. Whoever has it can call any Agora REST API for the whole account or mint tokens for any channel.",
        helpLinkUri: HelpLinks.For("AGR0001"));

    public static readonly DiagnosticDescriptor HardCodedToken = new(
        "AGR0002",
        "Agora tokens are not written in source",
        "An Agora token is hard-coded here: {0}; issue tokens at run time on a server",
        Category,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "A token grants its privileges to anyone who has it until it expires, and a token pasted from Agora Console stops working within a day. Build tokens on a server with the App Certificate from configuration.",
        helpLinkUri: HelpLinks.For("AGR0002"));

    public static readonly DiagnosticDescriptor ServerCredentialsInClientApp = new(
        "AGR0003",
        "Agora server credentials stay out of apps that ship to devices",
        "This {0} app {1}; its users can extract whatever it holds, so call Agora REST from your server and give the app only short-lived tokens",
        Category,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "Agora's guidance is that REST authentication belongs on the server. An app installed on phones, desktops or browsers can be unpacked, so a Customer Secret or App Certificate in it, even one read from its configuration, is public.",
        helpLinkUri: HelpLinks.For("AGR0003"));

    public static readonly DiagnosticDescriptor SecretWrittenToOutput = new(
        "AGR0006",
        "Agora secrets are not written to logs, the console or exception messages",
        "'{0}' holds an Agora secret and is written to {1}; write whether it is set, never its value",
        Category,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "Logs, console output and exception messages are collected, shipped and kept by many systems that are not meant to hold credentials.",
        helpLinkUri: HelpLinks.For("AGR0006"));

    public static readonly DiagnosticDescriptor SecretInConfigurationFile = new(
        "AGR0005",
        "Agora secrets are not written in configuration files",
        "{0} is written in '{1}'{2}; keep it in user secrets, environment variables or a secret store",
        Category,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "Settings files are committed, copied into build output and packages, and under wwwroot downloaded by browsers. Secrets belong in user secrets during development and in environment variables or a secret store in production.",
        helpLinkUri: HelpLinks.For("AGR0005"));

    public static readonly DiagnosticDescriptor TokenHeadersFollowRedirects = new(
        "AGR0007",
        "Legacy token headers do not follow redirects to other hosts",
        "'{0}' sends x-agora-token and x-agora-uid, and this {1} follows redirects itself, carrying them to other hosts; set AllowAutoRedirect = false on the handler",
        Category,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "HttpClientHandler and SocketsHttpHandler drop only the Authorization header when they follow a redirect to another origin, so the legacy [AccessTokenAuth] headers reach that host before the generated client sees the response. With AllowAutoRedirect = false the generated client follows redirects itself and keeps credentials within the origin; the generated Add<Name>Client registrations already set it.",
        helpLinkUri: HelpLinks.For("AGR0007"));
}
