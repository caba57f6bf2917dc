using Agora.Generators.Helpers;

namespace Agora.Generators.Model;

/// <summary>Everything needed to emit one client, as plain values (no symbols, syntax or locations).</summary>
/// <remarks><paramref name="JsonContext"/>: the declared source-generated context every body goes through, when usable.</remarks>
internal sealed record ClientSpec(
    string? Namespace,
    EquatableArray<ContainingTypeSpec> ContainingTypes,
    string InterfaceType,
    string InterfaceDisplayName,
    string ClientName,
    string Accessibility,
    string BaseAddress,
    string? JsonContext,
    string HintName,
    EquatableArray<MethodSpec> Methods,
    EquatableArray<MemberStubSpec> Stubs,
    EquatableArray<EnumFormatterSpec> EnumFormatters,
    EquatableArray<AuthScheme> AuthSchemesInUse,
    bool CanRegisterServices);

/// <summary>A type the client must be nested in: <c>partial class Outer&lt;T&gt;</c>.</summary>
internal sealed record ContainingTypeSpec(string Keyword, string NameWithTypeParameters);

/// <summary>
/// A property, indexer or event the client implements explicitly by throwing, because clients have none:
/// <paramref name="Head"/> is the declaration up to the accessor list.
/// </summary>
internal sealed record MemberStubSpec(string Head, EquatableArray<string> Accessors, string Reason);
