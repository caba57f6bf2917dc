using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Agora.CodeFixes;

/// <summary>
/// Finds an <c>IConfiguration</c> the code can use where a secret was written: a parameter, a local declared
/// before it, or a field or property of the type (instance ones only where <c>this</c> is available).
/// </summary>
internal static class ConfigurationInScope
{
    private const string ConfigurationInterface = "Microsoft.Extensions.Configuration.IConfiguration";

    /// <summary>The expression text that reaches it, or <see langword="null"/>.</summary>
    /// <param name="staticOnly">The code will run in a static context (a const becoming static readonly).</param>
    public static string? Find(ExpressionSyntax at, SemanticModel model, bool staticOnly, CancellationToken cancellationToken)
    {
        INamedTypeSymbol? configuration = model.Compilation.GetTypeByMetadataName(ConfigurationInterface);
        if (configuration is null)
        {
            return null;
        }

        int position = at.SpanStart;
        ISymbol? enclosing = model.GetEnclosingSymbol(position, cancellationToken);
        bool instance = !staticOnly && HasThis(enclosing) && !at.Ancestors().Any(a => a is ConstructorInitializerSyntax);
        HashSet<ISymbol> reachable = staticOnly ? new HashSet<ISymbol>(SymbolEqualityComparer.Default) : ReachableFunctions(enclosing);
        ISymbol? best = model.LookupSymbols(position)
            .Where(s => IsConfiguration(TypeOf(s), configuration))
            .Where(s => s switch
            {
                IParameterSymbol parameter => reachable.Contains(parameter.ContainingSymbol),
                ILocalSymbol local => reachable.Contains(local.ContainingSymbol) && local.DeclaringSyntaxReferences.All(r => r.Span.End <= position),
                IFieldSymbol or IPropertySymbol => s.IsStatic || instance,
                _ => false,
            })
            .OrderBy(s => s.Kind switch { SymbolKind.Parameter => 0, SymbolKind.Local => 1, SymbolKind.Field => 2, _ => 3 })
            .ThenBy(s => s.Name, System.StringComparer.Ordinal)
            .FirstOrDefault();
        return best is null ? null : SyntaxFacts.GetKeywordKind(best.Name) != SyntaxKind.None ? "@" + best.Name : best.Name;
    }

    // The functions whose parameters and locals the code can use: the enclosing one and those around it, up
    // to and including the first static lambda or local function (which captures nothing). Top-level
    // statements' locals are not reachable from a type declared below them.
    private static HashSet<ISymbol> ReachableFunctions(ISymbol? enclosing)
    {
        var reachable = new HashSet<ISymbol>(SymbolEqualityComparer.Default);
        for (ISymbol? current = enclosing; current is IMethodSymbol method; current = method.ContainingSymbol)
        {
            reachable.Add(method);
            if (method.IsStatic || method.MethodKind is not (MethodKind.AnonymousFunction or MethodKind.LocalFunction))
            {
                break;
            }
        }

        return reachable;
    }

    private static ITypeSymbol? TypeOf(ISymbol symbol) => symbol switch
    {
        IParameterSymbol parameter => parameter.Type,
        ILocalSymbol local => local.Type,
        IFieldSymbol field => field.Type,
        IPropertySymbol property => property.Type,
        _ => null,
    };

    private static bool IsConfiguration(ITypeSymbol? type, INamedTypeSymbol configuration) =>
        type is not null
        && (SymbolEqualityComparer.Default.Equals(type, configuration) || type.AllInterfaces.Any(i => SymbolEqualityComparer.Default.Equals(i, configuration)));

    // Instance members are usable in instance methods, constructors and accessors (and lambdas inside them),
    // not in field initializers or static members.
    private static bool HasThis(ISymbol? enclosing)
    {
        while (enclosing is IMethodSymbol { MethodKind: MethodKind.AnonymousFunction or MethodKind.LocalFunction } nested)
        {
            if (nested.IsStatic)
            {
                return false;
            }

            enclosing = nested.ContainingSymbol;
        }

        return enclosing is IMethodSymbol { IsStatic: false };
    }
}
