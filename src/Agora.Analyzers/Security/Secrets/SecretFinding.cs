using Microsoft.CodeAnalysis;

namespace Agora.Analyzers.Security.Secrets;

/// <summary>
/// A secret or token found in source: the rule, the expression that writes it (where the diagnostic and its fix go)
/// and the message's arguments, which never hold the value.
/// </summary>
internal readonly struct SecretFinding
{
    public SecretFinding(DiagnosticDescriptor rule, SyntaxNode origin, bool fixable, object[] arguments)
    {
        Rule = rule;
        Origin = origin;
        Fixable = fixable;
        Arguments = arguments;
    }

    public DiagnosticDescriptor Rule { get; }

    public SyntaxNode Origin { get; }

    /// <summary>Whether the origin holds the whole secret, so a fix can replace it (not one half of a split value).</summary>
    public bool Fixable { get; }

    public object[] Arguments { get; }
}
