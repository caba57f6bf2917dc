using System.Linq;
using Microsoft.CodeAnalysis;

namespace Agora.Analyzers.Security;

/// <summary>
/// The <c>[AgoraSecret]</c> mark on a parameter, property or field. Matched by name, so look-alike attributes
/// users declare themselves count too.
/// </summary>
internal static class AgoraSecretMarker
{
    public static bool IsOn(ISymbol symbol) => symbol.GetAttributes().Any(a => a.AttributeClass?.Name == "AgoraSecretAttribute");
}
