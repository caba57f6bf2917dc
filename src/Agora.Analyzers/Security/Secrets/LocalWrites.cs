using System.Collections.Generic;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Agora.Analyzers.Security.Secrets;

/// <summary>
/// Every write to every local of one method body, gathered in one walk and kept for as long as the body's
/// operation tree lives, so that following N locals costs one walk, not N.
/// </summary>
internal sealed class LocalWrites
{
    private static readonly ConditionalWeakTable<IOperation, LocalWrites> Cache = new();

    private readonly Dictionary<ILocalSymbol, (int Count, IOperation? Value)> _writes = new(SymbolEqualityComparer.Default);

    private LocalWrites(IOperation root)
    {
        foreach (IOperation operation in root.Descendants())
        {
            switch (operation)
            {
                case IVariableDeclaratorOperation { Initializer: { } initializer } declarator:
                    Add(declarator.Symbol, initializer.Value);
                    break;
                case ILocalReferenceOperation reference when ValueSources.IsWrite(reference, out IOperation? value):
                    Add(reference.Local, value);
                    break;
            }
        }
    }

    public static LocalWrites Of(IOperation inside)
    {
        IOperation root = inside;
        while (root.Parent is not null)
        {
            root = root.Parent;
        }

        return Cache.GetValue(root, r => new LocalWrites(r));
    }

    /// <summary>The value of a local written exactly once, or <see langword="null"/>.</summary>
    public IOperation? SingleValue(ILocalSymbol local) =>
        _writes.TryGetValue(local, out (int Count, IOperation? Value) write) && write.Count == 1 ? write.Value : null;

    private void Add(ILocalSymbol local, IOperation? value)
    {
        _writes.TryGetValue(local, out (int Count, IOperation? Value) write);
        _writes[local] = (write.Count + 1, value);
    }
}
