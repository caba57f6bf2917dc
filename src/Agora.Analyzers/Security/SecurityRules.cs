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
}
