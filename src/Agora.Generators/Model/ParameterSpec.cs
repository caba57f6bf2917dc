namespace Agora.Generators.Model;

/// <summary>One parameter of an interface method, with the part of the request it binds to.</summary>
internal sealed record ParameterSpec(
    string Name,
    string Identifier,
    string Type,
    string Modifier,
    string? DefaultValue,
    ParameterRole Role,
    string? BindingName,
    ValueFormatSpec? Format);

internal enum ParameterRole
{
    Unbound,
    Path,
    Query,
    Header,
    Body,
    CancellationToken,
}
