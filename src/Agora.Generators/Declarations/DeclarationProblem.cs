using System.Globalization;
using Microsoft.CodeAnalysis;

namespace Agora.Generators.Declarations;

/// <summary>
/// One thing wrong with an <c>[AgoraApi]</c> declaration, found by <see cref="DeclarationChecker"/>: the rule it breaks,
/// the member it concerns, where to show it and the arguments of the rule's message. The analyzer reports it; the
/// generator turns the first error of a member into that member's <see cref="System.NotSupportedException"/>.
/// </summary>
internal sealed class DeclarationProblem
{
    public DeclarationProblem(DiagnosticDescriptor rule, ISymbol subject, Location location, bool reportedElsewhere, params object[] arguments)
    {
        Rule = rule;
        Subject = subject;
        Location = location;
        ReportedElsewhere = reportedElsewhere;
        Arguments = arguments;
    }

    public DiagnosticDescriptor Rule { get; }

    /// <summary>The member the problem stops from being generated, or the interface for a problem of the whole declaration.</summary>
    public ISymbol Subject { get; }

    public Location Location { get; }

    /// <summary>
    /// Whether someone else already shows it (the compiler, or the same rule reported once on the interface): the analyzer
    /// stays quiet, the generator still needs it to explain the member it cannot implement.
    /// </summary>
    public bool ReportedElsewhere { get; }

    public object[] Arguments { get; }

    /// <summary>Whether the member cannot be generated because of it (warnings do not stop generation).</summary>
    public bool BlocksGeneration => Rule.DefaultSeverity == DiagnosticSeverity.Error;

    /// <summary>The rule's message with its arguments: the same text in the IDE and in the generated exception.</summary>
    public string Message => string.Format(CultureInfo.InvariantCulture, Rule.MessageFormat.ToString(CultureInfo.InvariantCulture), Arguments);
}

/// <summary>Where <see cref="DeclarationChecker"/> puts what it finds.</summary>
internal interface IDeclarationProblemSink
{
    void Report(DeclarationProblem problem);
}
