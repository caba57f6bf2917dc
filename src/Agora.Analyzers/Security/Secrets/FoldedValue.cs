using System;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace Agora.Analyzers.Security.Secrets;

/// <summary>One constant text that went into a <see cref="FoldedValue"/>, and the expression that writes it.</summary>
internal readonly struct FoldedPiece
{
    public FoldedPiece(string text, SyntaxNode origin)
    {
        Text = text;
        Origin = origin;
    }

    public string Text { get; }

    public SyntaxNode Origin { get; }
}

/// <summary>
/// A string known at compile time, with the expression that writes it: the literal, the initializer of the
/// constant or field it came from, or the expression that put several constants together. Diagnostics and
/// code fixes go to <see cref="Origin"/>, where the secret has to be removed, or to the piece that holds the secret
/// (<see cref="WhereWritten"/>).
/// </summary>
internal readonly struct FoldedValue
{
    // Shorter pieces are separators and prefixes (":", "Basic "), not parts of a secret.
    private const int MinimumSecretPart = 4;

    public FoldedValue(string text, SyntaxNode origin)
        : this(text, origin, ImmutableArray.Create(new FoldedPiece(text, origin)))
    {
    }

    public FoldedValue(string text, SyntaxNode origin, ImmutableArray<FoldedPiece> pieces)
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
    public ImmutableArray<FoldedPiece> Pieces { get; }

    public bool AnyPiece(Func<string, bool> found) => Pieces.Any(p => found(p.Text));

    /// <summary>
    /// Where the secret in this text is written: the piece that holds one of <paramref name="secrets"/> (the secret
    /// half of <c>id:secret</c>, a Basic value, the whole certificate) whole, which a fix can replace; else the first
    /// piece that is a part of one (a certificate written in halves), which no fix can replace alone; else the whole
    /// expression.
    /// </summary>
    public (SyntaxNode Origin, bool Whole) WhereWritten(params string[] secrets)
    {
        if (Pieces.Length <= 1)
        {
            return (Origin, true);
        }

        foreach (string secret in secrets)
        {
            foreach (FoldedPiece piece in Pieces)
            {
                if (piece.Text.IndexOf(secret, StringComparison.Ordinal) >= 0)
                {
                    return (piece.Origin, piece.Text.Trim() == secret);
                }
            }
        }

        foreach (string secret in secrets)
        {
            foreach (FoldedPiece piece in Pieces)
            {
                if (piece.Text.Length >= MinimumSecretPart && secret.IndexOf(piece.Text, StringComparison.Ordinal) >= 0)
                {
                    return (piece.Origin, false);
                }
            }
        }

        return (Origin, true);
    }
}
