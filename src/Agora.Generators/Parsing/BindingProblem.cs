using Microsoft.CodeAnalysis;

namespace Agora.Generators.Parsing;

/// <summary>
/// A parameter-binding problem the analyzers report under its own rule. The generator only uses the message
/// (its specs hold no symbols); the analyzer uses the rule and the parameter's location.
/// </summary>
internal sealed class BindingProblem
{
    public const string Unbound = "AGR1011";
    public const string ByReference = "AGR1012";
    public const string UnmatchedHole = "AGR1013";
    public const string SeveralBodies = "AGR1014";
    public const string SeveralCancellationTokens = "AGR1015";
    public const string InvalidHeader = "AGR1017";
    public const string Malformed = "AGR1019";

    public BindingProblem(string ruleId, IParameterSymbol? parameter, string message)
    {
        RuleId = ruleId;
        Parameter = parameter;
        Message = message;
    }

    public string RuleId { get; }

    /// <summary>The parameter concerned, or <see langword="null"/> for a route hole nothing binds.</summary>
    public IParameterSymbol? Parameter { get; }

    public string Message { get; }
}
