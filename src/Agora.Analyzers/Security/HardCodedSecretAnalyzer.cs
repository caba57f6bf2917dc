using System.Collections.Immutable;
using Agora.Analyzers.Security.Secrets;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Agora.Analyzers.Security;

/// <summary>
/// AGR0001 (hard-coded Customer Secret, App Certificate or Basic credential) and AGR0002 (hard-coded token).
/// Values are found three ways: constants flowing into secret sinks (parameters, members, keys, headers),
/// secret names bound to generated-looking values, and text that announces a credential by itself. Each
/// secret is reported once, where it is written, and the message never repeats it.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class HardCodedSecretAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(SecurityRules.HardCodedSecret, SecurityRules.HardCodedToken);

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            var finder = new SecretFinder();
            start.RegisterOperationAction(finder.AnalyzeArgument, OperationKind.Argument);
            start.RegisterOperationAction(finder.AnalyzeAssignment, OperationKind.SimpleAssignment);
            start.RegisterOperationAction(finder.AnalyzeMemberInitializer, OperationKind.FieldInitializer, OperationKind.PropertyInitializer);
            start.RegisterOperationAction(finder.AnalyzeParameterDefault, OperationKind.ParameterInitializer);
            start.RegisterOperationAction(finder.AnalyzeLocal, OperationKind.VariableDeclarator);
            start.RegisterOperationAction(finder.AnalyzeSwitchArm, OperationKind.SwitchExpressionArm);
            start.RegisterOperationAction(
                finder.AnalyzeText,
                OperationKind.Literal, OperationKind.Utf8String, OperationKind.InterpolatedString, OperationKind.Binary, OperationKind.Invocation);
            start.RegisterOperationAction(finder.AnalyzeReturn, OperationKind.Return);
            start.RegisterOperationAction(finder.AnalyzeTuple, OperationKind.Tuple);
            start.RegisterOperationAction(finder.AnalyzeDeconstruction, OperationKind.DeconstructionAssignment);
            start.RegisterSyntaxTreeAction(finder.AnalyzeComments);
        });
    }
}
