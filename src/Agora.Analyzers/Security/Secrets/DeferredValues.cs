using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Agora.Analyzers.Security.Secrets;

/// <summary>
/// Values computed later from what is written now: what a delegate with no parameters returns when it is invoked
/// (a lambda, or a method group of the program), and <c>Lazy&lt;T&gt;.Value</c>, read from its factory. A secret kept
/// behind <c>Func&lt;string&gt;</c> or <c>Lazy&lt;string&gt;</c> to defer a configuration read is still written here.
/// </summary>
internal static class DeferredValues
{
    private const int MaxSteps = 8;

    public static bool IsLazy(ITypeSymbol? type) =>
        type is INamedTypeSymbol { Name: "Lazy", TypeArguments.Length: 1 } && SymbolNames.IsType(type, "System", "Lazy");

    /// <summary>A call that gives a deferred value: <c>f()</c> or <c>f.Invoke()</c> on a delegate with no parameters.</summary>
    public static bool Invokes(IOperation operation) =>
        operation is IInvocationOperation { TargetMethod.MethodKind: MethodKind.DelegateInvoke, Arguments.Length: 0 };

    /// <summary>A read that gives a deferred value: <c>lazy.Value</c>.</summary>
    public static bool ReadsLazyValue(IOperation operation) =>
        operation is IPropertyReferenceOperation { Property.Name: "Value", Instance: { } lazy } && IsLazy(lazy.Type);

    /// <summary>
    /// What an awaited or deferred expression hands on: the task of <c>task.ConfigureAwait(false)</c> or
    /// <c>task.Result</c>, what <c>await</c> awaits, the result of a delegate or of <c>Lazy&lt;T&gt;.Value</c>; null for
    /// anything else.
    /// </summary>
    public static IOperation? PassedOn(IOperation operation, Folding folding) => operation switch
    {
        IAwaitOperation awaited => awaited.Operation,
        IInvocationOperation { TargetMethod.Name: "ConfigureAwait", Instance: { } task } when IsTask(task.Type) => task,
        IPropertyReferenceOperation { Property.Name: "Result", Instance: { } task } when IsTask(task.Type) => task,
        IInvocationOperation { Instance: { } deferred } when Invokes(operation) => ResultOf(deferred, folding),
        IPropertyReferenceOperation { Instance: { } lazy } when ReadsLazyValue(operation) => ResultOf(lazy, folding),
        _ => null,
    };

    /// <summary>A call or read on a task that hands its value on: <c>ConfigureAwait(…)</c>, <c>.Result</c>.</summary>
    public static bool ContinuesTask(IOperation operation) => operation switch
    {
        IInvocationOperation { TargetMethod.Name: "ConfigureAwait", Instance: { } task } => IsTask(task.Type),
        IPropertyReferenceOperation { Property.Name: "Result", Instance: { } task } => IsTask(task.Type),
        _ => false,
    };

    private static bool IsTask(ITypeSymbol? type) =>
        type is INamedTypeSymbol { Name: "Task" or "ValueTask" } named && SymbolNames.IsNamespace(named.ContainingNamespace, "System.Threading.Tasks");

    /// <summary>A creation that keeps its argument to be computed later: <c>new Lazy&lt;T&gt;(() => …)</c>.</summary>
    public static bool Defers(IOperation call) => call is IObjectCreationOperation creation && IsLazy(creation.Type);

    /// <summary>
    /// What the delegate or <c>Lazy&lt;T&gt;</c> that <paramref name="deferred"/> evaluates to gives: the one value its
    /// lambda or method returns, found through the locals, fields and properties that hold it.
    /// </summary>
    public static IOperation? ResultOf(IOperation deferred, Folding folding)
    {
        IOperation? current = deferred;
        for (int step = 0; current is not null && step < MaxSteps; step++)
        {
            switch (current)
            {
                case IConversionOperation conversion:
                    current = conversion.Operand;
                    continue;
                case IParenthesizedOperation parenthesized:
                    current = parenthesized.Operand;
                    continue;
                case IDelegateCreationOperation creation:
                    current = creation.Target;
                    continue;
                case IObjectCreationOperation lazy when IsLazy(lazy.Type):
                    current = Factory(lazy);
                    continue;
                case IAnonymousFunctionOperation { Symbol.Parameters.Length: 0 } lambda:
                    return ValueSources.ReturnedValue(lambda);
                case IMethodReferenceOperation { Method.Parameters.Length: 0, Instance: null or IInstanceReferenceOperation } method when method.SemanticModel is { } model:
                    return ValueSources.ReturnedValues(method.Method, model, folding.CancellationToken) is { Count: 1 } returned ? returned[0] : null;
            }

            current = folding.BoundValue(current) ?? ValueSources.ValueOf(current, folding.CancellationToken);
        }

        return null;
    }

    // The Func<T> a Lazy<T> is made with (its other arguments say how it is shared between threads).
    private static IOperation? Factory(IObjectCreationOperation lazy)
    {
        foreach (IArgumentOperation argument in lazy.Arguments)
        {
            if (argument.Parameter?.Type.TypeKind == TypeKind.Delegate)
            {
                return argument.Value;
            }
        }

        return null;
    }
}
