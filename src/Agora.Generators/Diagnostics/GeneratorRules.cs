using Microsoft.CodeAnalysis;

namespace Agora.Generators.Diagnostics;

/// <summary>
/// The one diagnostic the generator reports itself: its own failure. Declaration problems are the analyzer's to report
/// (so that caching holds and <c>#pragma</c> works); a crash inside the generator is not a declaration problem, and
/// without a word the user would only see a client that is not there.
/// </summary>
internal static class GeneratorRules
{
    public static readonly DiagnosticDescriptor InternalError = new(
        "AGR9001",
        "Agora.Generators could not generate a client",
        "Agora.Generators could not generate a client for '{0}' ({1}: {2}); please report this with the interface's declaration",
        "Agora.Generators",
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "The generator met an error of its own while reading the interface, so no client was generated for it. The analyzers still report any mistake in the declaration; this warning says the generator, not the declaration, failed.",
        helpLinkUri: HelpLinks.For("AGR9001"));
}
