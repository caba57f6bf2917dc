using Microsoft.CodeAnalysis;

namespace Agora.Analyzers.Security.Secrets;

/// <summary>
/// A secret or token found in source: the rule, the expression that writes it (where the diagnostic and its fix go)
/// and the message's arguments, which never hold the value.
/// </summary>
internal readonly struct SecretFinding
{
    public SecretFinding(DiagnosticDescriptor rule, SyntaxNode origin, object[] arguments)
    {
        Rule = rule;
        Origin = origin;
        Arguments = arguments;
    }

    public DiagnosticDescriptor Rule { get; }

    public SyntaxNode Origin { get; }

    public object[] Arguments { get; }
}
