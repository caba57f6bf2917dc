using System.Collections.Immutable;
using System.Linq;
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
        : this(text, origin, ImmutableArray.Create(text))
    {
    }

    public FoldedValue(string text, SyntaxNode origin, ImmutableArray<string> pieces)
    {
        Text = text;
        Origin = origin;
        Pieces = pieces;
    }

    public string Text { get; }

    public SyntaxNode Origin { get; }

    /// <summary>
    /// The constant texts joined to make <see cref="Text"/>. A finding that one piece shows by itself is
    /// reported where that piece is written, not again on the expression that joins it with others.
    /// </summary>
    public ImmutableArray<string> Pieces { get; }

    public bool AnyPiece(System.Func<string, bool> found) => Pieces.Any(found);
}
