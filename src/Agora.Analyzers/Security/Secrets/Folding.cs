using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace Agora.Analyzers.Security.Secrets;

/// <summary>
/// What folding knows besides the code itself: the values symbols hold on the path a value was followed along (the
/// argument a helper's parameter got at the call site being followed, the value last stored into a field), so that a
/// credential put together inside a helper from its parameters still folds to the constants the caller wrote.
/// </summary>
internal sealed class Folding
{
    private readonly ImmutableDictionary<ISymbol, IOperation> _bindings;

    private Folding(ImmutableDictionary<ISymbol, IOperation> bindings, CancellationToken cancellationToken)
    {
        _bindings = bindings;
        CancellationToken = cancellationToken;
    }

    public CancellationToken CancellationToken { get; }

    /// <summary>No bindings: the code alone.</summary>
    public static Folding Plain(CancellationToken cancellationToken) =>
        new(ImmutableDictionary.Create<ISymbol, IOperation>(SymbolEqualityComparer.Default), cancellationToken);

    /// <summary>The value <paramref name="symbol"/> holds on this path, or null.</summary>
    public IOperation? BoundValue(ISymbol symbol) => _bindings.TryGetValue(symbol.OriginalDefinition, out IOperation? value) ? value : null;

    /// <summary>These bindings and <paramref name="symbol"/> holding <paramref name="value"/>.</summary>
    public Folding With(ISymbol symbol, IOperation value) => new(_bindings.SetItem(symbol.OriginalDefinition, value), CancellationToken);
}
