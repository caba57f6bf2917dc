using System;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Agora.Analyzers.Security.Secrets;

/// <summary>
/// Collections a value is put into and read back from by a key known only at run time: <c>Add(value)</c>,
/// <c>Add(key, value)</c>, <c>d[key] = value</c> and their initializer forms going in; <c>d[key]</c>,
/// <c>list[i]</c>, <c>TryGetValue(key, out v)</c>, <c>First()</c>, <c>GetValueOrDefault(key)</c> and <c>foreach</c>
/// coming out. Which element a read gives is not known, so a followed value is taken to be the one it gives, unless
/// both keys are constants that differ.
/// </summary>
internal static class Containers
{
    /// <summary>Whether <paramref name="argument"/> is the value a call adds to a collection, and where it puts it.</summary>
    public static bool Adds(IInvocationOperation call, IArgumentOperation argument, out ElementPlace place)
    {
        place = ElementPlace.Unknown;
        if (call.Instance is null || !IsCollection(call.TargetMethod.ContainingType) || argument.Parameter is not { } parameter
            || parameter.Ordinal != call.TargetMethod.Parameters.Length - 1 || parameter.Type.TypeKind == TypeKind.Delegate)
        {
            return false;
        }

        switch (call.TargetMethod.Name)
        {
            case "Add" or "TryAdd" when call.Arguments.Length == 2:
                place = new ElementPlace(call.Arguments.FirstOrDefault(a => a.Parameter?.Ordinal == 0)?.Value, -1);
                return true;
            case "Add" when call.Arguments.Length == 1:
                place = new ElementPlace(null, PositionInInitializer(call));
                return true;
            case "Push" or "Enqueue" or "AddLast" or "AddFirst" when call.Arguments.Length == 1:
            case "Insert" when call.Arguments.Length == 2:
                return true;
            default:
                return false;
        }
    }

    // new List<string> { a, b }: b is at 1, when every element of the initializer is added this way.
    private static int PositionInInitializer(IInvocationOperation add)
    {
        if (add.Instance is not IInstanceReferenceOperation { ReferenceKind: InstanceReferenceKind.ImplicitReceiver }
            || add.Parent is not IObjectOrCollectionInitializerOperation initializer
            || !initializer.Initializers.All(i => i is IInvocationOperation { TargetMethod.Name: "Add", Arguments.Length: 1 }))
        {
            return -1;
        }

        return initializer.Initializers.IndexOf(add);
    }

    /// <summary>
    /// The collection <paramref name="stored"/> (an Add call or an indexer assignment) puts its value into: its
    /// instance, or, in a collection initializer, the creation the initializer belongs to.
    /// </summary>
    public static IOperation? Target(IOperation stored, IOperation? instance)
    {
        if (instance is not IInstanceReferenceOperation { ReferenceKind: InstanceReferenceKind.ImplicitReceiver })
        {
            return instance;
        }

        for (IOperation? current = stored.Parent; current is not null; current = current.Parent)
        {
            if (current is IObjectOrCollectionInitializerOperation { Parent: { } creation })
            {
                return creation;
            }
        }

        return null;
    }

    /// <summary>
    /// The read of one element of <paramref name="collection"/> that <paramref name="parent"/> is, with its key or
    /// index; null for anything else.
    /// </summary>
    public static (IOperation Read, IOperation? Key)? ReadOf(IOperation parent, IOperation collection)
    {
        switch (parent)
        {
            case IPropertyReferenceOperation { Arguments.Length: 1 } indexer when indexer.Instance == collection && !IsAssigned(indexer):
                return (indexer, indexer.Arguments[0].Value);
            case IArrayElementReferenceOperation { Indices.Length: 1 } element when element.ArrayReference == collection && !IsAssigned(element):
                return (element, element.Indices[0]);
            case IArgumentOperation { Parameter.Ordinal: 0, Parent: IInvocationOperation { TargetMethod.IsExtensionMethod: true } call } when ReadsOneElement(call.TargetMethod):
                return (call, call.Arguments.Length > 1 ? call.Arguments[1].Value : null);
            case IInvocationOperation { TargetMethod.Name: "Dequeue" or "Peek" or "Pop", Arguments.Length: 0 } take when take.Instance == collection:
                return (take, null);
            default:
                return null;
        }
    }

    /// <summary>A collection made from another one's elements: <c>new Queue&lt;string&gt;(array)</c>, <c>new List&lt;string&gt;(items)</c>.</summary>
    public static bool CopiesElements(IObjectCreationOperation creation) =>
        IsCollection(creation.Type as INamedTypeSymbol)
        && creation.Arguments.Length == 1 && creation.Arguments[0].Value.Type is { } source && source.SpecialType != SpecialType.System_Int32
        && (source is IArrayTypeSymbol || source.AllInterfaces.Any(i => i.Name == "IEnumerable"));

    /// <summary>The variable <c>TryGetValue(key, out value)</c> writes when <paramref name="call"/> is one on <paramref name="collection"/>.</summary>
    public static (IOperation Target, IOperation? Key)? TryGetOf(IOperation call, IOperation collection) =>
        call is IInvocationOperation { TargetMethod.Name: "TryGetValue", Arguments.Length: 2 } tryGet && tryGet.Instance == collection
            && tryGet.Arguments.FirstOrDefault(a => a.Parameter?.RefKind == RefKind.Out)?.Value is { } target
            ? (target is IDeclarationExpressionOperation declared ? declared.Expression : target, tryGet.Arguments.FirstOrDefault(a => a.Parameter?.Ordinal == 0)?.Value)
            : null;

    /// <summary>Whether a read under <paramref name="readKey"/> may give the value put at <paramref name="added"/>.</summary>
    public static bool MayGive(ElementPlace added, IOperation? readKey, Folding folding)
    {
        if (readKey is null || !IsKnown(readKey, folding))
        {
            return true; // a key known only at run time may be any
        }

        // A constant key reads the element added under that same constant, a constant index the element at it.
        if (added.Key is not null)
        {
            return ConstantText.Fold(added.Key, folding) is { } key && ConstantText.Fold(readKey, folding) is { } read
                && string.Equals(key.Text, read.Text, StringComparison.Ordinal);
        }

        return added.Position >= 0 && readKey.ConstantValue is { HasValue: true, Value: int index } && index == added.Position;
    }

    /// <summary>Whether a key is known at compile time (a constant, or text that folds on this path).</summary>
    public static bool IsKnownKey(IOperation key, Folding folding) => IsKnown(key, folding);

    private static bool IsKnown(IOperation key, Folding folding) =>
        key.ConstantValue.HasValue || ConstantText.Fold(key, folding) is not null;

    private static bool IsAssigned(IOperation reference) =>
        reference.Parent is IAssignmentOperation assignment && assignment.Target == reference;

    private static bool ReadsOneElement(IMethodSymbol method) =>
        method.Name is "First" or "FirstOrDefault" or "Single" or "SingleOrDefault" or "Last" or "LastOrDefault" or "ElementAt" or "ElementAtOrDefault" or "GetValueOrDefault"
        && method.Parameters.Length <= 2
        && method.ContainingType is { Name: "Enumerable" or "CollectionExtensions" };

    // A type of System.Collections (generic, concurrent, immutable, frozen) or one that implements ICollection<T>.
    private static bool IsCollection(INamedTypeSymbol? type) =>
        type is not null
        && (IsCollectionsNamespace(type.ContainingNamespace)
            || type.AllInterfaces.Any(i => i.Name == "ICollection" && IsCollectionsNamespace(i.ContainingNamespace)));

    private static bool IsCollectionsNamespace(INamespaceSymbol? ns)
    {
        for (INamespaceSymbol? current = ns; current is { IsGlobalNamespace: false }; current = current.ContainingNamespace)
        {
            if (current.Name == "Collections" && current.ContainingNamespace is { Name: "System", ContainingNamespace.IsGlobalNamespace: true })
            {
                return true;
            }
        }

        return false;
    }
}

/// <summary>Where an element was put in its collection: under a key (a dictionary's), at a position (a list initializer's), or unknown.</summary>
internal readonly struct ElementPlace
{
    public static readonly ElementPlace Unknown = new(null, -1);

    public ElementPlace(IOperation? key, int position)
    {
        Key = key;
        Position = position;
    }

    public IOperation? Key { get; }

    public int Position { get; }
}
