using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Verify = Agora.Analyzers.Tests.AnalyzerVerifier<Agora.Analyzers.Security.ConfigurationFileAnalyzer>;

namespace Agora.Analyzers.Tests.Secrets;

/// <summary>AGR0005: secrets in appsettings, launchSettings and *.config files; errors under wwwroot.</summary>
public sealed class ConfigurationFileAnalyzerTests
{
    private const string Source = "class C { }";

    private readonly string _secret = RandomSecrets.Hex32();
    private readonly string _appId = RandomSecrets.Hex32();

    [Fact]
    public Task Secrets_in_appsettings_are_warnings_at_the_value() => Verify.VerifyWithFilesAsync(Source, ("/app/appsettings.Development.json", $$"""
        {
          // Agora credentials
          "Agora": {
            "AppId": "{{_appId}}",
            "AppCertificate": {|AGR0005:"{{_secret}}"|},
            "CustomerId": "{{RandomSecrets.Hex32()}}",
            "CustomerSecret": {|AGR0005:"{{RandomSecrets.Hex32()}}"|},
            "Token": {|AGR0005:"{{RandomSecrets.AccessToken2()}}"|},
          },
          "ConnectionStrings": { "Agora": {|AGR0005:"CustomerId=abc;CustomerSecret={{RandomSecrets.Hex32()}}"|} }
        }
        """));

    [Fact]
    public Task Placeholders_references_and_the_App_ID_are_quiet() => Verify.VerifyWithFilesAsync(Source, ("/app/appsettings.json", $$"""
        {
          "Agora": {
            "AppId": "{{_appId}}",
            "AppCertificate": "",
            "CustomerSecret": "<Your customer secret>",
            "CustomerSecretKey": "Agora:CustomerSecret",
            "ChannelName": "{{RandomSecrets.Hex32()}}"
          },
          "Unrelated": { "Hash": "{{RandomSecrets.Hex32()}}" }
        }
        """));

    [Fact]
    public Task Under_wwwroot_they_are_errors() => Verify.VerifyWithFilesAsync(
        Source,
        new[] { new DiagnosticResult("AGR0005", DiagnosticSeverity.Error).WithLocation(0) },
        ("/app/wwwroot/appsettings.json", $$"""
        { "Agora": { "AppCertificate": {|#0:"{{_secret}}"|} } }
        """));

    [Fact]
    public Task Launch_settings_environment_variables_and_config_files() => Verify.VerifyWithFilesAsync(
        Source,
        ("/app/Properties/launchSettings.json", $$"""
        { "profiles": { "web": { "environmentVariables": { "AGORA_CUSTOMER_SECRET": {|AGR0005:"{{_secret}}"|}, "AGORA_APP_ID": "{{_appId}}" } } } }
        """),
        ("/app/web.config", $$"""
        <configuration>
          <appSettings>
            <add key="Agora:AppCertificate" value="{|AGR0005:{{RandomSecrets.Hex32()}}|}" />
            <add value="{|AGR0005:{{RandomSecrets.Hex32()}}|}" key="AgoraCustomerSecret" />
            <add key="Agora:AppId" value="{{_appId}}" />
          </appSettings>
        </configuration>
        """),
        ("/app/notes.json", $$"""{ "CustomerSecret": "{{RandomSecrets.Hex32()}}" }"""));

    [Fact]
    public Task Half_typed_files_are_read_as_far_as_they_go() => Verify.VerifyWithFilesAsync(Source, ("/app/appsettings.json", $$"""
        { "Agora": { "CustomerSecret": {|AGR0005:"{{_secret}}"|}, "AppCertificate": "unterminated
        """));
}
