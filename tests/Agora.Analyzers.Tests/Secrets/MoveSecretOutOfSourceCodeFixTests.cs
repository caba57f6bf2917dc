using System.Threading.Tasks;
using Agora.Analyzers.Security;
using Agora.CodeFixes;

namespace Agora.Analyzers.Tests.Secrets;

/// <summary>AGR0001's fix: the secret leaves the source for configuration or an environment variable.</summary>
public sealed class MoveSecretOutOfSourceCodeFixTests
{
    private const string Usings = """
        using System;
        using Agora.Rest;
        using Agora.Rest.Tokens;
        using Microsoft.Extensions.Configuration;

        """;

    private readonly string _id = RandomSecrets.Hex32();
    private readonly string _secret = RandomSecrets.Hex32();
    private readonly string _appId = RandomSecrets.Hex32();

    private static Task Verify(string source, string fixedSource) =>
        CodeFixVerifier<HardCodedSecretAnalyzer, MoveSecretOutOfSourceCodeFix>.VerifyAsync(Usings + source, Usings + fixedSource);

    [Fact]
    public Task Without_configuration_the_secret_comes_from_an_environment_variable() => Verify(
        $$"""
        class C
        {
            AgoraCredentials Make() => AgoraCredentials.Basic("{{_id}}", {|AGR0001:"{{_secret}}"|});
        }
        """,
        $$"""
        class C
        {
            AgoraCredentials Make() => AgoraCredentials.Basic("{{_id}}", Environment.GetEnvironmentVariable("AGORA_CUSTOMER_SECRET") ?? throw new InvalidOperationException("Set the AGORA_CUSTOMER_SECRET environment variable."));
        }
        """);

    [Fact]
    public Task A_configuration_parameter_in_scope_is_used() => Verify(
        $$"""
        class C
        {
            string Build(IConfiguration configuration) => RtmTokenBuilder2.BuildToken("{{_appId}}", {|AGR0001:"{{_secret}}"|}, "user", 3600);
        }
        """,
        $$"""
        class C
        {
            string Build(IConfiguration configuration) => RtmTokenBuilder2.BuildToken("{{_appId}}", configuration["Agora:AppCertificate"] ?? throw new InvalidOperationException("Set the configuration value 'Agora:AppCertificate' (user secrets in development; the Agora__AppCertificate environment variable or a secret store in production)."), "user", 3600);
        }
        """);

    [Fact]
    public Task An_instance_configuration_field_is_used_in_methods_but_not_in_static_ones() => Verify(
        $$"""
        class C
        {
            private readonly IConfigurationRoot _configuration = null!;

            AgoraCredentials Instance() => AgoraCredentials.Basic("{{_id}}", {|AGR0001:"{{_secret}}"|});

            static AgoraCredentials Static() => AgoraCredentials.Basic("{{_id}}", {|AGR0001:"{{RandomSecrets.Hex32()}}"|});
        }
        """,
        $$"""
        class C
        {
            private readonly IConfigurationRoot _configuration = null!;

            AgoraCredentials Instance() => AgoraCredentials.Basic("{{_id}}", _configuration["Agora:CustomerSecret"] ?? throw new InvalidOperationException("Set the configuration value 'Agora:CustomerSecret' (user secrets in development; the Agora__CustomerSecret environment variable or a secret store in production)."));

            static AgoraCredentials Static() => AgoraCredentials.Basic("{{_id}}", Environment.GetEnvironmentVariable("AGORA_CUSTOMER_SECRET") ?? throw new InvalidOperationException("Set the AGORA_CUSTOMER_SECRET environment variable."));
        }
        """);

    [Fact]
    public Task Const_fields_and_locals_stop_being_const_and_fix_all_takes_every_one() => Verify(
        $$"""
        class C
        {
            private const string AppCertificate = {|AGR0001:"{{_secret}}"|};

            string Build()
            {
                const string customerSecret = {|AGR0001:"{{RandomSecrets.Hex32()}}"|};
                return customerSecret + RtmTokenBuilder2.BuildToken("{{_appId}}", AppCertificate, "user", 3600);
            }
        }
        """,
        """
        class C
        {
            private static readonly string AppCertificate = Environment.GetEnvironmentVariable("AGORA_APP_CERTIFICATE") ?? throw new InvalidOperationException("Set the AGORA_APP_CERTIFICATE environment variable.");

            string Build()
            {
                string customerSecret = Environment.GetEnvironmentVariable("AGORA_CUSTOMER_SECRET") ?? throw new InvalidOperationException("Set the AGORA_CUSTOMER_SECRET environment variable.");
                return customerSecret + RtmTokenBuilder2.BuildToken("
        """ + _appId + """
        ", AppCertificate, "user", 3600);
            }
        }
        """);

    [Fact]
    public Task The_read_is_parenthesized_where_it_would_bind_wrongly_and_static_functions_do_not_capture() => Verify(
        $$"""
        class C
        {
            string Build(IConfiguration configuration)
            {
                return Make();

                static string Make() => RtmTokenBuilder2.BuildToken("{{_appId}}", {|AGR0001:"{{_secret}}"|}.Trim(), "user", 3600);
            }
        }
        """,
        $$"""
        class C
        {
            string Build(IConfiguration configuration)
            {
                return Make();

                static string Make() => RtmTokenBuilder2.BuildToken("{{_appId}}", (Environment.GetEnvironmentVariable("AGORA_APP_CERTIFICATE") ?? throw new InvalidOperationException("Set the AGORA_APP_CERTIFICATE environment variable.")).Trim(), "user", 3600);
            }
        }
        """);

    [Fact]
    public Task No_fix_for_one_of_several_consts_in_a_declaration()
    {
        string source = $$"""
            class C
            {
                private const string Channel = "lobby", AppCertificate = {|AGR0001:"{{_secret}}"|};
            }
            """;
        return CodeFixVerifier<HardCodedSecretAnalyzer, MoveSecretOutOfSourceCodeFix>.VerifyNoFixAsync(Usings + source);
    }

    [Fact]
    public Task No_fix_where_CSharp_needs_a_constant_or_for_a_Basic_credential()
    {
        string source = $$"""
            class C
            {
                private const string AppCertificate = {|AGR0001:"{{_secret}}"|};

                void Pick(string value)
                {
                    switch (value) { case AppCertificate: break; }
                }

                void Default(string appCertificate = {|AGR0001:"{{RandomSecrets.Hex32()}}"|}) { }

                const string Header = {|AGR0001:"Basic {{RandomSecrets.Basic(_id, RandomSecrets.Hex32())}}"|};
            }
            """;
        return CodeFixVerifier<HardCodedSecretAnalyzer, MoveSecretOutOfSourceCodeFix>.VerifyNoFixAsync(Usings + source);
    }
}
