using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Agora.Generators.Diagnostics;
using Agora.Generators.Model;
using Agora.Generators.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Agora.Generators.Declarations;

/// <summary>
/// The declaration rules (AGR1xxx), each decided in one place, for the generator and the analyzer alike: the interface
/// as a whole here, each member it must implement (its own and inherited ones, walked once by <see cref="ApiMember.Of"/>)
/// here and in <see cref="MethodChecker"/>, parameter bindings in <see cref="ParameterBinding"/>.
/// </summary>
internal static class DeclarationChecker
{
    /// <summary>Reports what is wrong with the interface as a whole: its modifiers, its shape and its own attributes.</summary>
    public static void CheckInterface(INamedTypeSymbol api, AttributeContext declared, KnownTypes known, IDeclarationProblemSink sink, CancellationToken cancellationToken)
    {
        foreach (SyntaxReference reference in api.DeclaringSyntaxReferences)
        {
            if (reference.GetSyntax(cancellationToken) is InterfaceDeclarationSyntax declaration
                && !declaration.Modifiers.Any(SyntaxKind.PartialKeyword))
            {
                sink.Report(new DeclarationProblem(DeclarationRules.InterfaceNotPartial, api, declaration.Identifier.GetLocation(), false, api.Name));
            }
        }

        if (api.Arity > 0)
        {
            sink.Report(new DeclarationProblem(DeclarationRules.GenericInterface, api, ApiMember.LocationOf(api), false, api.Name));
        }

        for (INamedTypeSymbol? container = api.ContainingType; container is not null; container = container.ContainingType)
        {
            foreach (SyntaxReference reference in container.DeclaringSyntaxReferences)
            {
                if (reference.GetSyntax(cancellationToken) is TypeDeclarationSyntax declaration
                    && !declaration.Modifiers.Any(SyntaxKind.PartialKeyword))
                {
                    sink.Report(new DeclarationProblem(DeclarationRules.ContainerNotPartial, api, declaration.Identifier.GetLocation(), false, container.Name, api.Name));
                }
            }
        }

        ReportAttributeProblems(declared, api, api.Name, sink);
        if (JsonContextDeclaration.Named(api) is { } context && JsonContextDeclaration.Problem(context, known) is { } problem)
        {
            sink.Report(new DeclarationProblem(DeclarationRules.InvalidJsonContext, api, ApiMember.LocationOf(api), false,
                context.ToDisplayString(SymbolDisplayFormat.CSharpErrorMessageFormat), problem));
        }
    }

    /// <summary>
    /// Reports what stops <paramref name="member"/> from being implemented when it is not a method the client can send:
    /// a property, an indexer, an event or a static abstract member. Returns whether it is an instance method, which
    /// <see cref="MethodChecker"/> checks further.
    /// </summary>
    public static bool CheckMemberKind(ApiMember member, IDeclarationProblemSink sink)
    {
        ISymbol symbol = member.Symbol;
        if (symbol is IPropertySymbol or IEventSymbol)
        {
            string kind = symbol is IPropertySymbol { IsIndexer: true } ? "an indexer" : symbol is IPropertySymbol ? "a property" : "an event";
            sink.Report(new DeclarationProblem(DeclarationRules.NotAMethod, symbol, member.Location, false, member.DisplayName, kind));
            return false;
        }

        if (symbol.IsStatic)
        {
            sink.Report(new DeclarationProblem(DeclarationRules.StaticAbstractMember, symbol, member.Location, false, member.DisplayName));
            return false;
        }

        return true;
    }

    // Several auth schemes, and a malformed static header, on an interface's own declaration: the API's, or a base's
    // that gives it members (named by the base, shown on the API).
    private static void ReportAttributeProblems(AttributeContext declared, INamedTypeSymbol api, string name, IDeclarationProblemSink sink)
    {
        if (declared.HasOwnSchemeConflict)
        {
            sink.Report(new DeclarationProblem(DeclarationRules.SeveralAuthSchemes, api, ApiMember.LocationOf(api), false, name, declared.DeclaredSchemeCount));
        }

        if (declared.HeaderError is not null)
        {
            sink.Report(new DeclarationProblem(DeclarationRules.InvalidHeader, api, ApiMember.LocationOf(api), false, name, declared.HeaderError));
        }
    }

    /// <summary>The interface's own problems and its members', all into <paramref name="sink"/>: what the analyzer reports.</summary>
    public static void CheckAll(INamedTypeSymbol api, KnownTypes known, IDeclarationProblemSink sink, CancellationToken cancellationToken)
    {
        AttributeContext declared = AttributeContext.For(api, known);
        CheckInterface(api, declared, known, sink, cancellationToken);
        List<ApiMember> members = ApiMember.Of(api, declared, known, cancellationToken);
        var basesSeen = new HashSet<INamedTypeSymbol>(SymbolEqualityComparer.Default);
        foreach (ApiMember inherited in members.Where(m => m.IsInherited))
        {
            if (basesSeen.Add(inherited.Declaring))
            {
                ReportAttributeProblems(inherited.DeclaringDeclared, api, inherited.Declaring.Name, sink);
            }
        }

        foreach (ApiMember member in members)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (CheckMemberKind(member, sink))
            {
                MethodChecker.Check(member, known, enums: null, sink, cancellationToken);
            }
        }
    }
}
