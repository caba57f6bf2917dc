using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Agora.Analyzers.Security.Redirects;
using Agora.Generators.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis.Text;

namespace Agora.Analyzers.Security;

/// <summary>
/// AGR0007: a generated client of an API that sends the legacy <c>x-agora-token</c>/<c>x-agora-uid</c> headers,
/// constructed by hand with an HttpClient whose handler visibly follows redirects itself. Such a handler drops only
/// <c>Authorization</c> on a redirect to another origin, so those headers reach the other host. Reported at the
/// creation that follows redirects, once however many clients share it.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class AutoRedirectAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(SecurityRules.TokenHeadersFollowRedirects);

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            var known = KnownTypes.For(start.Compilation);
            if (known.AgoraApi is null || known.AccessTokenAuth is null)
            {
                return;
            }

            // Per type, so that an HttpClient field shared by several clients is reported once, after all of them are seen.
            start.RegisterSymbolStartAction(
                typeStart =>
                {
                    var type = (INamedTypeSymbol)typeStart.Symbol;
                    var findings = new Findings();
                    typeStart.RegisterOperationAction(c => Analyze(c, known, type, findings), OperationKind.ObjectCreation);
                    typeStart.RegisterSymbolEndAction(findings.Report);
                },
                SymbolKind.NamedType);
        });
    }

    private static void Analyze(OperationAnalysisContext context, KnownTypes known, INamedTypeSymbol scope, Findings findings)
    {
        var creation = (IObjectCreationOperation)context.Operation;
        if (GeneratedClients.SendingTokenHeaders(creation.Type, known) is not { } api)
        {
            return;
        }

        foreach (IArgumentOperation argument in creation.Arguments)
        {
            if (argument.Parameter is { } parameter
                && SymbolNames.IsType(parameter.Type, "System.Net.Http", "HttpClient")
                && AutoRedirects.Find(argument.Value, scope, context.CancellationToken) is { } found)
            {
                findings.Add(api.Name, found);
            }
        }
    }

    /// <summary>The creations found in one type, keyed by where they are written.</summary>
    private sealed class Findings
    {
        private readonly object _gate = new();
        private Dictionary<(SyntaxTree Tree, TextSpan Span), (string Api, RedirectingCreation Found)>? _byLocation;

        public void Add(string api, RedirectingCreation found)
        {
            SyntaxNode syntax = found.Creation.Syntax;
            lock (_gate)
            {
                _byLocation ??= new();
                var key = (syntax.SyntaxTree, syntax.Span);

                // Several APIs on one HttpClient: the first name in ordinal order, so the message does not depend on timing.
                if (!_byLocation.TryGetValue(key, out var existing) || string.CompareOrdinal(api, existing.Api) < 0)
                {
                    _byLocation[key] = (api, found);
                }
            }
        }

        public void Report(SymbolAnalysisContext context)
        {
            lock (_gate)
            {
                if (_byLocation is null)
                {
                    return;
                }

                foreach ((string api, RedirectingCreation found) in _byLocation.Values.OrderBy(v => v.Found.Creation.Syntax.SyntaxTree.FilePath, System.StringComparer.Ordinal).ThenBy(v => v.Found.Creation.Syntax.SpanStart))
                {
                    context.ReportDiagnostic(Diagnostic.Create(
                        SecurityRules.TokenHeadersFollowRedirects,
                        found.Creation.Syntax.GetLocation(),
                        found.LaterSettings.Select(s => s.Syntax.GetLocation()),
                        api,
                        found.TypeName));
                }
            }
        }
    }
}
