using System;
using System.Runtime.CompilerServices;
using Agora.Generators.Model;
using Microsoft.CodeAnalysis;

namespace Agora.Generators.Incremental;

/// <summary>
/// Remembers what reading each <c>[AgoraApi]</c> interface gave, for as long as its syntax lives. After any edit the
/// compiler hands the generator every interface again, on a new compilation whose symbols must be bound afresh; when
/// the interface's own syntax is the same object (its file was not edited) and the compilation declares the same
/// things (<see cref="DeclarationFingerprint"/>), binding it again would give the same outcome, so the one
/// remembered is returned. Typing in a method body thus costs the generator a lookup per interface.
/// </summary>
internal static class ParseMemo
{
    // A box per declaration, replaced whole: a reader sees the old entry or the new one, never half of either.
    private static readonly ConditionalWeakTable<SyntaxNode, StrongBox<Entry?>> s_byDeclaration = new();

    public static ParseOutcome GetOrParse(SyntaxNode declaration, DeclarationFingerprint fingerprint, Func<ParseOutcome> parse)
    {
        StrongBox<Entry?> box = s_byDeclaration.GetValue(declaration, static _ => new StrongBox<Entry?>());
        if (box.Value is { } remembered && remembered.Fingerprint.Equals(fingerprint))
        {
            return remembered.Outcome;
        }

        ParseOutcome outcome = parse();
        box.Value = new Entry(fingerprint, outcome);
        return outcome;
    }

    private sealed record Entry(DeclarationFingerprint Fingerprint, ParseOutcome Outcome);
}
