using System.Collections.Immutable;
using System.Linq;
using Agora.Generators.Declarations;
using Agora.Generators.Diagnostics;
using Agora.Generators.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Agora.Analyzers.Declarations;

/// <summary>
/// Reports what is wrong with an [AgoraApi] interface. The rules are the generator's own checker
/// (<see cref="DeclarationChecker"/>), which walks the interface and everything it inherits; this analyzer only turns
/// its problems into located diagnostics, so that the generator can stay silent and cacheable while <c>#pragma</c>
/// and <c>.editorconfig</c> still work on every rule.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ApiDeclarationAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = DeclarationRules.All;

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            // Resolved once per compilation; nothing is kept in fields.
            var known = KnownTypes.For(start.Compilation);
            if (known.AgoraApi is null)
            {
                return;
            }

            start.RegisterSymbolAction(symbol => AnalyzeInterface(symbol, known), SymbolKind.NamedType);
        });
    }

    private static void AnalyzeInterface(SymbolAnalysisContext context, KnownTypes known)
    {
        if (context.Symbol is INamedTypeSymbol { TypeKind: TypeKind.Interface } api
            && api.GetAttributes().Any(a => KnownTypes.Is(a.AttributeClass, known.AgoraApi)))
        {
            DeclarationChecker.CheckAll(api, known, new DiagnosticSink(context), context.CancellationToken);
        }
    }

    /// <summary>Reports each problem where the checker placed it, unless the compiler or another report already shows it.</summary>
    private sealed class DiagnosticSink : IDeclarationProblemSink
    {
        private readonly SymbolAnalysisContext _context;

        public DiagnosticSink(SymbolAnalysisContext context) => _context = context;

        public void Report(DeclarationProblem problem)
        {
            if (!problem.ReportedElsewhere)
            {
                _context.ReportDiagnostic(Diagnostic.Create(problem.Rule, problem.Location, problem.Arguments));
            }
        }
    }
}
