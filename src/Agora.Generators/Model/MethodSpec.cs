using Agora.Generators.Helpers;

namespace Agora.Generators.Model;

/// <summary>One interface method and how to implement it.</summary>
internal sealed record MethodSpec(
    string Name,
    string ReturnType,
    string DeclaringInterface,
    bool IsExplicit,
    bool IsStatic,
    string TypeParameters,
    string TypeParameterConstraints,
    EquatableArray<ParameterSpec> Parameters,
    string? UnsupportedReason,
    string HttpMethod,
    string RouteTemplate,
    EquatableArray<RouteSegment> Route,
    AuthScheme AuthScheme,
    ReturnSpec Return,
    EquatableArray<HeaderSpec> StaticHeaders,
    BodySpec? Body,
    string? CancellationTokenName,
    bool IsIdempotent);

/// <summary>A piece of a route: literal text, or a hole filled from a parameter.</summary>
internal sealed record RouteSegment(bool IsHole, string Text, string? ParameterName, ValueFormatSpec? Format);

/// <summary>A static header, checked at generation time.</summary>
internal sealed record HeaderSpec(string Name, string Value);

/// <summary>The request body and how to encode it.</summary>
internal sealed record BodySpec(string ParameterName, BodyKind Kind, string Type);

internal enum BodyKind
{
    Json,
    Text,
    Bytes,
    Stream,
    HttpContent,
}

/// <summary>What the method returns and how the response is read.</summary>
internal sealed record ReturnSpec(ReturnKind Kind, bool IsValueTask, string? ResultType);

internal enum ReturnKind
{
    None,
    Json,
    Text,
    Bytes,
    Stream,
    Raw,
    ResponseJson,
    ResponseText,
    ResponseBytes,
}
