using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Agora.Analyzers.Security.Secrets;

/// <summary>
/// What folding knows besides the code itself: the values symbols hold on the path a value was followed along (the
/// argument a helper's parameter got at the call site being followed, the value last stored into a field), so that a
/// credential put together inside a helper from its parameters still folds to the constants the caller wrote.
/// </summary>
internal sealed class Folding
{
    private static readonly ImmutableDictionary<SyntaxNode, IOperation> NoElements = ImmutableDictionary<SyntaxNode, IOperation>.Empty;

    private readonly ImmutableDictionary<ISymbol, IOperation> _bindings;

    // Element reads (d[key], list[i]) bound to the element they give on this path, by the read's syntax: the same
    // read may be bound again as another operation object.
    private readonly ImmutableDictionary<SyntaxNode, IOperation> _elements;

    private Folding(ImmutableDictionary<ISymbol, IOperation> bindings, ImmutableDictionary<SyntaxNode, IOperation> elements, CancellationToken cancellationToken)
    {
        _bindings = bindings;
        _elements = elements;
        CancellationToken = cancellationToken;
    }

    public CancellationToken CancellationToken { get; }

    /// <summary>No bindings: the code alone.</summary>
    public static Folding Plain(CancellationToken cancellationToken) =>
        new(ImmutableDictionary.Create<ISymbol, IOperation>(SymbolEqualityComparer.Default), NoElements, cancellationToken);

    /// <summary>The value <paramref name="symbol"/> holds on this path, or null.</summary>
    public IOperation? BoundValue(ISymbol symbol) => _bindings.TryGetValue(symbol.OriginalDefinition, out IOperation? value) ? value : null;

    /// <summary>
    /// The value a reference holds on this path: the local, parameter, field or property it reads, or the element of
    /// a collection it reads by a key known only at run time (the element being followed), or null.
    /// </summary>
    public IOperation? BoundValue(IOperation reference)
    {
        ISymbol? symbol = reference switch
        {
            IParameterReferenceOperation parameter => parameter.Parameter,
            ILocalReferenceOperation local => local.Local,
            IFieldReferenceOperation field => field.Field,
            IPropertyReferenceOperation { Arguments.Length: 0 } property => property.Property,
            _ => null,
        };
        if (symbol is not null)
        {
            return BoundValue(symbol);
        }

        return _elements.Count > 0 && _elements.TryGetValue(reference.Syntax, out IOperation? element) ? element : null;
    }

    /// <summary>These bindings and <paramref name="symbol"/> holding <paramref name="value"/>.</summary>
    public Folding With(ISymbol symbol, IOperation value) => new(_bindings.SetItem(symbol.OriginalDefinition, value), _elements, CancellationToken);

    /// <summary>These bindings and the element read <paramref name="read"/> giving <paramref name="element"/>.</summary>
    public Folding WithElement(IOperation read, IOperation element) => new(_bindings, _elements.SetItem(read.Syntax, element), CancellationToken);
}
