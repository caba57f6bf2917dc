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
/// secret is reported once, where it is written, from the analysis of that file (so the editor shows it without
/// full-solution analysis), and the message never repeats it.
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
            var finder = new SecretFinder(start.Compilation, start.Options.AnalyzerConfigOptionsProvider);

            // Files the project's agora_secrets.skip_paths names are left alone.
            start.RegisterOperationAction(
                c =>
                {
                    if (!finder.OptionsFor(c.Operation.Syntax.SyntaxTree).Skips(c.Operation.Syntax.SyntaxTree.FilePath))
                    {
                        finder.AnalyzeOperation(c);
                    }
                },
                OperationKind.Argument, OperationKind.SimpleAssignment, OperationKind.FieldInitializer, OperationKind.PropertyInitializer,
                OperationKind.ParameterInitializer, OperationKind.VariableDeclarator, OperationKind.SwitchExpressionArm,
                OperationKind.Literal, OperationKind.Utf8String, OperationKind.InterpolatedString, OperationKind.Binary, OperationKind.Invocation,
                OperationKind.Return, OperationKind.Tuple, OperationKind.DeconstructionAssignment, OperationKind.ArrayCreation);
            start.RegisterSyntaxTreeAction(c =>
            {
                if (!finder.OptionsFor(c.Tree).Skips(c.Tree.FilePath))
                {
                    finder.AnalyzeComments(c);
                }
            });
        });
    }
}
