using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Agora.Analyzers.Security.Redirects;

/// <summary>
/// What the rest of a method does with a handler held in a local. The handler is judged by its initializer only if
/// every other use is harmless: handing it to <c>new HttpClient(…)</c>, calling its methods, touching its other
/// members, or setting <c>AllowAutoRedirect = true</c>. Passed anywhere else, it may be configured out of sight.
/// </summary>
internal static class HandlerLocals
{
    /// <summary>
    /// The <c>AllowAutoRedirect = true</c> assignments through the local read by <paramref name="reference"/>;
    /// <see langword="false"/> when some use could turn redirects off.
    /// </summary>
    public static bool TryGetLaterSettings(ILocalReferenceOperation reference, out ImmutableArray<IOperation> settings)
    {
        settings = ImmutableArray<IOperation>.Empty;
        IOperation root = reference;
        while (root.Parent is not null)
        {
            root = root.Parent;
        }

        ImmutableArray<IOperation>.Builder found = ImmutableArray.CreateBuilder<IOperation>();
        foreach (IOperation operation in root.Descendants())
        {
            if (operation is ILocalReferenceOperation use
                && SymbolEqualityComparer.Default.Equals(use.Local, reference.Local)
                && !IsHarmless(use, found))
            {
                return false;
            }
        }

        settings = found.ToImmutable();
        return true;
    }

    private static bool IsHarmless(ILocalReferenceOperation use, ImmutableArray<IOperation>.Builder settings)
    {
        IOperation value = use;
        while (value.Parent is IConversionOperation { Conversion.IsUserDefined: false } conversion)
        {
            value = conversion;
        }

        switch (value.Parent)
        {
            case IArgumentOperation { Parent: IObjectCreationOperation client, Parameter: { Ordinal: 0 } parameter }
                when SymbolNames.IsType(client.Type, "System.Net.Http", "HttpClient")
                    && SymbolNames.IsType(parameter.Type, "System.Net.Http", "HttpMessageHandler"):
                return true;
            case IPropertyReferenceOperation { Property.Name: "AllowAutoRedirect" } property when property.Instance == use:
                if (property.Parent is ISimpleAssignmentOperation assignment
                    && assignment.Target == property
                    && assignment.Value.ConstantValue is { HasValue: true, Value: true })
                {
                    settings.Add(assignment);
                    return true;
                }

                // false, a run-time value, or a read whose result may be acted on: out of this rule's sight.
                return false;
            case IPropertyReferenceOperation property when property.Instance == use:
                return true;
            case IInvocationOperation invocation when invocation.Instance == use:
                return true;
            case IMemberReferenceOperation member when member.Instance == use:
                return true;
            default:
                return false;
        }
    }
}
