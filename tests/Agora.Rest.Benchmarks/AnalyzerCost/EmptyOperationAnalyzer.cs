using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Agora.Analyzers.Cost;

// Hosted only by this harness's in-process compilations, never by a compiler, so the rules for shipped
// analyzers (target framework, extended rules, release tracking) do not apply.
#pragma warning disable RS1041, RS1036, RS2008

/// <summary>
/// Does nothing on every argument and invocation: what any operation analyzer costs before its own work
/// (the driver builds operation trees for every method body), to separate that from ours.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
internal sealed class EmptyOperationAnalyzer : DiagnosticAnalyzer
{
    private static readonly DiagnosticDescriptor Never = new("EMPTY0001", "Never reported", "Never reported", "Cost", DiagnosticSeverity.Hidden, isEnabledByDefault: true);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Never);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterOperationAction(_ => { }, OperationKind.Argument, OperationKind.Invocation);
    }
}
