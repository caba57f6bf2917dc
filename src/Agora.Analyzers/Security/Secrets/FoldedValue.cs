using Microsoft.CodeAnalysis;

namespace Agora.Analyzers.Security.Secrets;

/// <summary>
/// A string known at compile time, with the expression that writes it: the literal, the initializer of the
/// constant or field it came from, or the expression that put several constants together. Diagnostics and
/// code fixes go to <see cref="Origin"/>, where the secret has to be removed.
/// </summary>
internal readonly struct FoldedValue
{
    public FoldedValue(string text, SyntaxNode origin)
    {
        Text = text;
        Origin = origin;
    }

    public string Text { get; }

    public SyntaxNode Origin { get; }
}
