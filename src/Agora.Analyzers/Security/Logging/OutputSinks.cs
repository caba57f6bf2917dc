using System;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Agora.Analyzers.Security.Logging;

/// <summary>
/// Calls whose arguments end up where people and tools read them: ILogger, the console, Debug and Trace,
/// and exception messages (which reach logs, error pages and crash reports).
/// </summary>
internal static class OutputSinks
{
    private static readonly string[] DebugWriters = { "Write", "WriteLine", "WriteIf", "WriteLineIf", "Print", "Fail", "Assert", "TraceInformation", "TraceWarning", "TraceError" };

    /// <summary>Where the argument is written, in words, or <see langword="null"/> when it is not an output.</summary>
    public static string? For(IArgumentOperation argument)
    {
        if (argument.Parameter is not { } parameter || argument.Parent is not { } call)
        {
            return null;
        }

        switch (call)
        {
            case IInvocationOperation invocation:
                return ForInvocation(invocation.TargetMethod, invocation.Instance, parameter);
            case IObjectCreationOperation { Type: { } type } when SymbolNames.IsException(type) && parameter.Type.SpecialType == SpecialType.System_String && parameter.Name == "message":
                return $"the message of {type.Name}";
            default:
                return null;
        }
    }

    private static string? ForInvocation(IMethodSymbol method, IOperation? instance, IParameterSymbol parameter)
    {
        if (SymbolNames.IsNamespace(method.ContainingNamespace, "Microsoft.Extensions.Logging")
            && (method.Name.StartsWith("Log", StringComparison.Ordinal) || method.Name == "BeginScope"))
        {
            return "a log";
        }

        if (method.GetAttributes().Any(a => a.AttributeClass?.Name == "LoggerMessageAttribute"))
        {
            return "a log";
        }

        INamedTypeSymbol? type = method.ContainingType;
        if (SymbolNames.IsType(type, "System", "Console") && method.Name.StartsWith("Write", StringComparison.Ordinal))
        {
            return "the console";
        }

        if (SymbolNames.IsType(type, "System.IO", "TextWriter") && method.Name.StartsWith("Write", StringComparison.Ordinal)
            && instance is IPropertyReferenceOperation { Property: { Name: "Out" or "Error", ContainingType.Name: "Console" } })
        {
            return "the console";
        }

        bool debug = SymbolNames.IsType(type, "System.Diagnostics", "Debug");
        if ((debug || SymbolNames.IsType(type, "System.Diagnostics", "Trace"))
            && (parameter.IsParams || (DebugWriters.Contains(method.Name) && parameter.Type.SpecialType is SpecialType.System_String or SpecialType.System_Object)))
        {
            return debug ? "Debug output" : "Trace output";
        }

        return null;
    }
}
