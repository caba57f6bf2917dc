using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using Agora.Analyzers.Security.Secrets;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using HardCoded = Agora.Analyzers.Tests.AnalyzerVerifier<Agora.Analyzers.Security.HardCodedSecretAnalyzer>;
using InConfiguration = Agora.Analyzers.Tests.AnalyzerVerifier<Agora.Analyzers.Security.ConfigurationFileAnalyzer>;

namespace Agora.Analyzers.Tests.Secrets;

/// <summary>
/// The secret rules' project options in .editorconfig / .globalconfig: names of the project's own that hold
/// secrets (agora_secrets.extra_names) and files to leave alone (agora_secrets.skip_paths).
/// </summary>
public sealed class SecretOptionsTests
{
    private readonly string _secret = RandomSecrets.Hex32();

    private string VaultSource(bool marked) => $$"""
        public static class Settings
        {
            public const string VaultMaterial = {{(marked ? "{|AGR0001:" : "")}}"{{_secret}}"{{(marked ? "|}" : "")}};
        }
        """;

    [Fact]
    public Task A_name_of_the_projects_own_is_no_secret_name_by_default() =>
        HardCoded.VerifyAsync(VaultSource(marked: false));

    [Theory]
    [InlineData("agora_secrets.extra_names = vault_material")]
    [InlineData("agora_secrets.extra_names = SigningKey ,VaultMaterial")]
    [InlineData("agora_secrets.extra_names = VAULT-MATERIAL, other")]
    public Task Extra_names_hold_secrets_in_any_case_or_separator(string option) =>
        HardCoded.VerifyAsync(VaultSource(marked: true), option);

    [Fact]
    public Task An_extra_name_still_needs_a_generated_looking_value() => HardCoded.VerifyAsync("""
        public static class Settings
        {
            public const string VaultMaterial = "<put the material here>";
            public const string VaultMaterialPath = "/etc/vault/material";
        }
        """, "agora_secrets.extra_names = VaultMaterial");

    [Fact]
    public Task Extra_names_name_configuration_keys_too() => InConfiguration.VerifyWithFilesAsync(
        "class C { }",
        "agora_secrets.extra_names = VaultMaterial",
        Array.Empty<DiagnosticResult>(),
        ("/app/appsettings.json", $$"""{ "Vault": { "VaultMaterial": {|AGR0005:"{{_secret}}"|} } }"""));

    private string CustomerSecretSource(bool marked) => $$"""
        public static class Account
        {
            public const string CustomerSecret = {{(marked ? "{|AGR0001:" : "")}}"{{_secret}}"{{(marked ? "|}" : "")}};
        }
        """;

    [Theory]
    [InlineData("agora_secrets.skip_paths = **/Test0.cs")]
    [InlineData("agora_secrets.skip_paths = 0/*.cs")]
    [InlineData("agora_secrets.skip_paths = docs/**, /0/**")]
    public Task Skipped_paths_are_left_alone(string option) =>
        HardCoded.VerifyAsync(CustomerSecretSource(marked: false), option);

    [Theory]
    [InlineData("agora_secrets.skip_paths = **/Other.cs")]
    [InlineData("agora_secrets.skip_paths = Test0.cs.bak")]
    [InlineData("agora_secrets.skip_paths = est0.cs")]
    public Task Other_paths_are_still_checked(string option) =>
        HardCoded.VerifyAsync(CustomerSecretSource(marked: true), option);

    [Fact]
    public Task Skipped_configuration_files_are_left_alone() => InConfiguration.VerifyWithFilesAsync(
        "class C { }",
        "agora_secrets.skip_paths = **/samples/**",
        Array.Empty<DiagnosticResult>(),
        ("/repo/samples/appsettings.json", $$"""{ "Agora": { "CustomerSecret": "{{_secret}}" } }"""));

    [Theory]
    [InlineData("**/TestData/**", "/repo/tests/TestData/a/b.cs", true)]
    [InlineData("**/TestData/**", "/repo/tests/TestDataX/b.cs", false)]
    [InlineData("tests/*.cs", "/repo/tests/A.cs", true)]
    [InlineData("tests/*.cs", "/repo/tests/sub/A.cs", false)]
    [InlineData("Secret?.cs", "C:\\repo\\src\\Secret1.cs", true)]
    [InlineData("secrets.CS", "/repo/Secrets.cs", true)]
    [InlineData("src/Legacy/**", "/repo/src/Legacy/Deep/Old.cs", true)]
    [InlineData("Legacy", "/repo/src/Legacy/Old.cs", false)]
    public void Globs_match_the_end_of_a_path_from_a_folder_boundary(string glob, string path, bool skipped)
    {
        var options = SecretOptions.From(new Options(new() { [SecretOptions.SkipPathsKey] = glob }));
        Assert.Equal(skipped, options.Skips(path));
    }

    [Fact]
    public void No_options_is_the_shared_empty_set()
    {
        Assert.Same(SecretOptions.None, SecretOptions.From(new Options(new())));
        Assert.False(SecretOptions.None.Skips("/repo/a.cs"));
    }

    private sealed class Options(Dictionary<string, string> values) : AnalyzerConfigOptions
    {
        public override bool TryGetValue(string key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? value) =>
            values.TryGetValue(key, out value);
    }
}
