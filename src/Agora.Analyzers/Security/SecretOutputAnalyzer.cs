using System.Collections.Immutable;
using Agora.Analyzers.Security.Logging;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Agora.Analyzers.Security;

/// <summary>
/// AGR0006: a secret (an [AgoraSecret] or secret-named member, parameter or local) written to ILogger, the
/// console, Debug or Trace, or into an exception's message.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class SecretOutputAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(SecurityRules.SecretWrittenToOutput);

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterOperationAction(Analyze, OperationKind.Argument);
    }

    private static void Analyze(OperationAnalysisContext context)
    {
        var argument = (IArgumentOperation)context.Operation;
        if (argument.ArgumentKind == ArgumentKind.DefaultValue || OutputSinks.For(argument) is not { } output)
        {
            return;
        }

        foreach ((IOperation read, string name) in SecretReads.In(argument.Value))
        {
            context.ReportDiagnostic(Diagnostic.Create(SecurityRules.SecretWrittenToOutput, read.Syntax.GetLocation(), name, output));
        }
    }
}
