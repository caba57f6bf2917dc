using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Agora.Analyzers.Security.Secrets;

/// <summary>
/// Where a followed value is: the symbols passed (<see cref="FlowVisit"/>), what symbols hold on the way
/// (<see cref="Folding"/>), and for each helper entered through a parameter the call that entered it.
/// </summary>
internal sealed class FlowPath
{
    public FlowPath(FlowVisit visit, Folding folding, ImmutableDictionary<IMethodSymbol, IOperation> callSites, IOperation? element = null, ElementPlace? elementPlace = null)
    {
        Visit = visit;
        Folding = folding;
        CallSites = callSites;
        Element = element;
        ElementPlace = elementPlace ?? ElementPlace.Unknown;
    }

    public FlowVisit Visit { get; }

    public Folding Folding { get; }

    public ImmutableDictionary<IMethodSymbol, IOperation> CallSites { get; }

    /// <summary>While the followed value is an element of the collection being followed: that element, and its key.</summary>
    public IOperation? Element { get; }

    public ElementPlace ElementPlace { get; }

    public FlowPath Bind(ISymbol symbol, IOperation value) => new(Visit, Folding.With(symbol, value), CallSites, Element, ElementPlace) { PendingKey = PendingKey };

    public FlowPath EnterHelper(IMethodSymbol helper, IOperation call) =>
        new(Visit, Folding, CallSites.SetItem(helper.OriginalDefinition, call), Element, ElementPlace) { PendingKey = PendingKey };

    public FlowPath LeaveHelper(IMethodSymbol helper) => new(Visit, Folding, CallSites.Remove(helper.OriginalDefinition), Element, ElementPlace) { PendingKey = PendingKey };

    /// <summary>The followed value put into a collection, which is followed from here.</summary>
    public FlowPath Holding(IOperation element, ElementPlace place) => new(Visit, Folding, CallSites, element, place);

    /// <summary>The element read back by a key a method's callers give; checked at each call.</summary>
    public PendingElementKey? PendingKey { get; private set; }

    /// <summary>The followed element read back out of its collection by <paramref name="read"/>.</summary>
    public FlowPath ReadElement(IOperation read, PendingElementKey? pending) => new(Visit, Folding.WithElement(read, Element!), CallSites) { PendingKey = pending };

    /// <summary>Out of the collection, the element is the value followed again.</summary>
    public FlowPath WithoutElement() => new(Visit, Folding, CallSites) { PendingKey = PendingKey };

    public FlowPath WithoutPendingKey() => new(Visit, Folding, CallSites, Element, ElementPlace);

    public FlowPath WithPendingKey(PendingElementKey? pending) => new(Visit, Folding, CallSites, Element, ElementPlace) { PendingKey = pending };
}

/// <summary>
/// A method that reads a followed element by a key made from its parameters (<c>values[key]</c>,
/// <c>values["Agora:" + key]</c>), and where the element was put: checked at each call, with the call's arguments.
/// </summary>
internal sealed class PendingElementKey
{
    private readonly IMethodSymbol _reader;
    private readonly IOperation _key;

    public PendingElementKey(ISymbol method, IMethodSymbol reader, IOperation key, ElementPlace added)
    {
        Method = method;
        _reader = reader;
        _key = key;
        Added = added;
    }

    /// <summary>The method (or the property of a getter) whose calls decide the key.</summary>
    public ISymbol Method { get; }

    public ElementPlace Added { get; }

    /// <summary>Whether the call <paramref name="use"/> passes arguments that make a key which may be the element's.</summary>
    public bool MayBeGivenBy(IOperation use, Folding folding)
    {
        Folding withArguments = folding;
        foreach (IArgumentOperation argument in use.ChildOperations.OfType<IArgumentOperation>())
        {
            if (argument.Parameter is { } parameter && SymbolEqualityComparer.Default.Equals(parameter.ContainingSymbol.OriginalDefinition, _reader.OriginalDefinition))
            {
                withArguments = withArguments.With(parameter, argument.Value);
            }
        }

        return Containers.MayGive(Added, _key, withArguments);
    }
}

/// <summary>
/// The symbols followed from one written value (each once, so a cycle ends), how deep the chain is, and how many
/// steps it took, so that no value costs more than a bounded amount of work.
/// </summary>
internal sealed class FlowVisit
{
    // Operations climbed through from one written value, in all: the bound on the work one value can cost.
    private const int MaxSteps = 2048;

    private readonly HashSet<ISymbol> _seen = new(SymbolEqualityComparer.Default);
    private int _depth;
    private int _steps;

    public bool Step() => ++_steps <= MaxSteps;

    // A local is read only in its own body, found without a search of the program: it costs no hop.
    public bool Enter(ISymbol symbol)
    {
        if (symbol is not ILocalSymbol && _depth >= ValueFlow.MaxHops || !_seen.Add(symbol))
        {
            return false;
        }

        if (symbol is not ILocalSymbol)
        {
            _depth++;
        }

        return true;
    }

    public void Leave(ISymbol symbol)
    {
        if (symbol is not ILocalSymbol)
        {
            _depth--;
        }
    }
}
