using Agora.Generators.Model;
using Microsoft.CodeAnalysis;

namespace Agora.Generators.Parsing;

/// <summary>Maps a method's return type to how the response is read.</summary>
internal static class ReturnClassifier
{
    public static ReturnSpec? Classify(ITypeSymbol returnType, KnownTypes known, out string? reason)
    {
        reason = null;
        if (KnownTypes.Is(returnType, known.Task) && returnType is INamedTypeSymbol { IsGenericType: false })
        {
            return new ReturnSpec(ReturnKind.None, IsValueTask: false, null);
        }

        if (KnownTypes.Is(returnType, known.ValueTask) && returnType is INamedTypeSymbol { IsGenericType: false })
        {
            return new ReturnSpec(ReturnKind.None, IsValueTask: true, null);
        }

        bool isTask = KnownTypes.Is(returnType, known.TaskOfT);
        bool isValueTask = KnownTypes.Is(returnType, known.ValueTaskOfT);
        if (!(isTask || isValueTask) || returnType is not INamedTypeSymbol { TypeArguments.Length: 1 } wrapper)
        {
            reason = "the return type must be Task, ValueTask, Task<T> or ValueTask<T>";
            return null;
        }

        ITypeSymbol result = wrapper.TypeArguments[0];
        string resultText = result.ToDisplayString(TypeText.Format);
        if (result.TypeKind is TypeKind.TypeParameter or TypeKind.Error or TypeKind.Pointer or TypeKind.FunctionPointer)
        {
            reason = $"the result type {resultText} is not a concrete type the client can read";
            return null;
        }

        if (result.SpecialType == SpecialType.System_String)
        {
            return new ReturnSpec(ReturnKind.Text, isValueTask, resultText);
        }

        if (IsByteArray(result))
        {
            return new ReturnSpec(ReturnKind.Bytes, isValueTask, resultText);
        }

        if (KnownTypes.Is(result, known.Stream))
        {
            return new ReturnSpec(ReturnKind.Stream, isValueTask, resultText);
        }

        if (KnownTypes.Is(result, known.HttpResponseMessage))
        {
            return new ReturnSpec(ReturnKind.Raw, isValueTask, resultText);
        }

        if (KnownTypes.Is(result, known.AgoraResponse) && result is INamedTypeSymbol { TypeArguments.Length: 1 } envelope)
        {
            ITypeSymbol value = envelope.TypeArguments[0];
            string valueText = value.ToDisplayString(TypeText.Format);
            if (value.SpecialType == SpecialType.System_String)
            {
                return new ReturnSpec(ReturnKind.ResponseText, isValueTask, valueText);
            }

            if (IsByteArray(value))
            {
                return new ReturnSpec(ReturnKind.ResponseBytes, isValueTask, valueText);
            }

            if (KnownTypes.Is(value, known.Stream) || KnownTypes.Is(value, known.HttpResponseMessage)
                || value.TypeKind is TypeKind.TypeParameter or TypeKind.Error)
            {
                reason = $"AgoraResponse<{valueText}> is not supported; return Task<{valueText}> to read it directly";
                return null;
            }

            return new ReturnSpec(ReturnKind.ResponseJson, isValueTask, valueText);
        }

        return new ReturnSpec(ReturnKind.Json, isValueTask, resultText);
    }

    public static bool IsByteArray(ITypeSymbol type) =>
        type is IArrayTypeSymbol { Rank: 1, ElementType.SpecialType: SpecialType.System_Byte };
}
