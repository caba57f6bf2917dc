using System.Linq;
using System.Threading.Tasks;
using Verify = Agora.Analyzers.Tests.AnalyzerVerifier<Agora.Analyzers.Security.HardCodedSecretAnalyzer>;

namespace Agora.Analyzers.Tests.Secrets;

/// <summary>AGR0001/AGR0002: each way a secret reaches source is found, once, where it is written.</summary>
public sealed class HardCodedSecretAnalyzerTests
{
    private const string Usings = """
        using System;
        using System.Collections.Generic;
        using System.Net.Http;
        using System.Net.Http.Headers;
        using System.Text;
        using Agora.Rest;
        using Agora.Rest.Tokens;

        """;

    private readonly string _id = RandomSecrets.Hex32();
    private readonly string _secret = RandomSecrets.Hex32();
    private readonly string _appId = RandomSecrets.Hex32();

    [Fact]
    public Task A_literal_customer_secret_passed_to_Basic() => Verify.VerifyAsync(Usings + $$"""
        class C
        {
            AgoraCredentials Make() => AgoraCredentials.Basic("{{_id}}", {|AGR0001:"{{_secret}}"|});
        }
        """);

    [Fact]
    public Task A_certificate_reaching_a_builder_through_a_const_in_another_class_is_reported_at_the_const() => Verify.VerifyAsync(Usings + $$"""
        static class Keys
        {
            public const string Cert = {|AGR0001:"{{_secret}}"|};
        }

        class C
        {
            string Build() => RtmTokenBuilder2.BuildToken("{{_appId}}", Keys.Cert, "user", 3600);
        }
        """);

    [Fact]
    public Task A_local_assigned_once_concatenated_and_formatted() => Verify.VerifyAsync(Usings + $$"""
        class C
        {
            AgoraCredentials A()
            {
                // A secret written in parts is reported at its first part, where it starts being written.
                string half = {|AGR0001:"{{_secret[..16]}}"|};
                return AgoraCredentials.Basic("{{_id}}", half + "{{_secret[16..]}}");
            }

            AgoraCredentials B() => AgoraCredentials.Basic("{{_id}}", string.Format("{0}{1}", {|AGR0001:"{{_secret[..10]}}"|}, "{{_secret[10..]}}"));
        }
        """);

    [Fact]
    public Task A_local_written_twice_reports_the_constant_it_may_hold() => Verify.VerifyAsync(Usings + $$"""
        class C
        {
            AgoraCredentials A(bool production)
            {
                // Outside production the literal is the secret sent: a fallback written in source is a secret in source.
                string secret = {|AGR0001:"{{_secret}}"|};
                if (production) secret = Environment.GetEnvironmentVariable("AGORA_CUSTOMER_SECRET")!;
                return AgoraCredentials.Basic("{{_id}}", secret);
            }
        }
        """);

    [Fact]
    public Task Secret_names_with_generated_values_in_fields_properties_locals_and_defaults() => Verify.VerifyAsync(Usings + $$"""
        class Settings
        {
            private static readonly string AGORA_APP_CERTIFICATE = {|AGR0001:"{{_secret}}"|};
            public string CustomerSecret { get; set; } = {|AGR0001:"{{RandomSecrets.Hex32()}}"|};
            public string AppId { get; set; } = "{{_appId}}";

            void M(string app_cert = {|AGR0001:"{{RandomSecrets.Hex32()}}"|})
            {
                var customer_secret = {|AGR0001:"{{RandomSecrets.Hex32()}}"|};
                var settings = new Settings { CustomerSecret = {|AGR0001:"{{RandomSecrets.Hex32()}}"|} };
                var anonymous = new { AppCertificate = {|AGR0001:"{{RandomSecrets.Hex32()}}"|} };
            }
        }
        """);

    [Fact]
    public Task Names_that_only_refer_to_a_secret_are_quiet() => Verify.VerifyAsync(Usings + """
        class Settings
        {
            const string CustomerSecretKey = "Agora:CustomerSecret";
            const string AppCertificateEnvVar = "AGORA_APP_CERTIFICATE";
            const string customerSecretHint = "Enter your customer secret";
            string CustomerSecret { get; set; } = "Your customer secret";
            string AppCertificate { get; set; } = "<Your App Certificate>";
            string appCertificate = "";
            string signKey = "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx";
        }
        """);

    [Fact]
    public Task The_App_ID_is_never_a_secret_even_where_a_certificate_goes_next_to_it() => Verify.VerifyAsync(Usings + $$"""
        class C
        {
            const string AppId = "{{_appId}}";
            const string AGORA_APP_ID = "{{RandomSecrets.Hex32()}}";
            string Build(string certificate) => RtmTokenBuilder2.BuildToken(AppId, certificate, "user", 3600);
        }
        """);

    [Fact]
    public Task The_public_test_fixtures_are_quiet() => Verify.VerifyAsync(Usings + """
        class C
        {
            const string AppCertificate = "5CFd2fd1755d40ecb72977518be15d3b";
            string Build() => RtmTokenBuilder2.BuildToken("970CA35de60c44645bbae8a215061b33", "5CFd2fd1755d40ecb72977518be15d3b", "user", 3600);
        }
        """);

    [Fact]
    public Task Keys_in_dictionaries_configuration_and_switch_arms() => Verify.VerifyAsync(Usings + $$"""
        class C
        {
            Dictionary<string, string?> Config() => new()
            {
                ["Agora:CustomerSecret"] = {|AGR0001:"{{_secret}}"|},
                ["Agora:AppId"] = "{{_appId}}",
            };

            void Add(Dictionary<string, string> d) => d.Add("Agora__AppCertificate", {|AGR0001:"{{RandomSecrets.Hex32()}}"|});

            string Pick(string key) => key switch
            {
                "AppCertificate" => {|AGR0001:"{{RandomSecrets.Hex32()}}"|},
                _ => "",
            };

            void Env() => Environment.SetEnvironmentVariable("AGORA_APP_CERTIFICATE", {|AGR0001:"{{RandomSecrets.Hex32()}}"|});
        }
        """);

    [Fact]
    public Task Basic_values_urls_and_curl_lines() => Verify.VerifyAsync(Usings + $$"""
        class C
        {
            const string Header = {|AGR0001:"Basic {{RandomSecrets.Basic(_id, _secret)}}"|};
            const string Url = {|AGR0001:"https://{{_id}}:{{_secret}}@api.agora.io/dev/v1/projects"|};
            const string Curl = {|AGR0001:"curl -u {{_id}}:{{RandomSecrets.Hex32()}} https://api.agora.io/dev/v1/projects"|};
            const string Pair = {|AGR0001:"{{RandomSecrets.Hex32()}}:{{RandomSecrets.Hex32()}}"|};

            void Set(HttpClient client) =>
                client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes("{{_id}}:" + {|AGR0001:"{{_secret}}"|})));
        }
        """);

    [Fact]
    public Task Text_that_only_looks_like_credentials_is_quiet() => Verify.VerifyAsync(Usings + """
        class C
        {
            const string Realm = "Basic realm=\"Agora\", charset=\"UTF-8\"";
            const string Doc = "Basic NDI1OTQ3N2I4MzYy...YwZjA=";
            const string Template = "https://{0}:{1}@api.agora.io";
            const string Scheme = "Basic ";
            const string Placeholder = "customerId:customerSecret";
            const string Channel = "7d72365eb983485397e3e3f9d460bdda";
            string Format(string id, string secret) => $"{id}:{secret}";
        }
        """);

    [Fact]
    public Task Tokens_in_literals_headers_and_credentials() => Verify.VerifyAsync(Usings + $$"""
        class C
        {
            const string Token = {|AGR0002:"{{RandomSecrets.AccessToken2()}}"|};
            AgoraCredentials Fixed() => AgoraCredentials.Token({|AGR0002:"{{RandomSecrets.AccessToken2()}}"|});
            void Header(HttpRequestMessage request) => request.Headers.Add("x-agora-token", {|AGR0002:"{{RandomSecrets.Hex32()}}{{RandomSecrets.Hex32()}}"|});
        }
        """);

    [Fact]
    public Task Text_with_a_token_prefix_that_does_not_decode_is_quiet() => Verify.VerifyAsync(Usings + """
        class C
        {
            const string Prefix = "007eJ";
            const string NotAToken = "007eJxSYBBbtmnZpZtRuNnBmTmZmTlZmTlZmTlZmTlZmTlZmTlZmTl";
            const string Placeholder = "input your token here";
        }
        """);

    [Fact]
    public Task User_APIs_marked_AgoraSecret_and_look_alike_token_builders() => Verify.VerifyAsync(Usings + $$"""
        class MyTokens
        {
            public static string BuildTokenWithUid(string appId, string appCertificate, string channel, uint uid) => "";
        }

        class Vault
        {
            public void Store([AgoraSecret] string value) { }
            [AgoraSecret] public string? Signing { get; set; }
        }

        class C
        {
            void M(Vault vault)
            {
                MyTokens.BuildTokenWithUid("{{_appId}}", {|AGR0001:"{{_secret}}"|}, "room", 1);
                vault.Store({|AGR0001:"{{RandomSecrets.Hex32()}}"|});
                vault.Signing = {|AGR0001:"{{RandomSecrets.Hex32()}}"|};
            }
        }
        """);

    [Fact]
    public Task Reads_from_configuration_and_the_environment_are_quiet() => Verify.VerifyAsync(Usings + """
        class C
        {
            AgoraCredentials Make(Func<string, string> read) =>
                AgoraCredentials.Basic(read("Agora:CustomerId"), Environment.GetEnvironmentVariable("AGORA_CUSTOMER_SECRET") ?? throw new InvalidOperationException());
        }
        """);

    [Fact]
    public Task Char_byte_and_utf8_forms_reach_sinks() => Verify.VerifyAsync(Usings + $$"""
        class Vault
        {
            public void Store([AgoraSecret] string value) { }
            public void StoreBytes([AgoraSecret] byte[] value) { }
        }

        class C
        {
            void M(Vault vault)
            {
                vault.Store({|AGR0001:new string(new[] { {{string.Join(", ", System.Linq.Enumerable.Select(_secret, c => $"'{c}'"))}} })|});
                vault.StoreBytes({|AGR0001:"{{RandomSecrets.Hex32()}}"u8|}.ToArray());
            }
        }
        """);

    [Fact]
    public Task A_long_constant_concatenation_is_followed_to_the_end()
    {
        string parts = string.Join(" + ", Enumerable.Range(0, 14).Select(i => $"\"seg{i};\""));
        return Verify.VerifyAsync(Usings + $$"""
            class C
            {
                const string Settings = {{parts}} + "AppCertificate=" + {|AGR0001:"{{_secret}}"|};
            }
            """);
    }

    [Fact]
    public Task Other_services_secrets_are_not_Agora_ones() => Verify.VerifyAsync(Usings + $$"""
        class TokenService
        {
            const string JwtSigningKey = "{{RandomSecrets.Hex32()}}";
            const string Redis = "redis://app:{{RandomSecrets.Hex32()}}@cache:6379";
            void LoadCertificate(string certificatePath) { }
            string CreateToken(string user, string clientSecret) => user;
            void M()
            {
                LoadCertificate(certificatePath: "certs/signing.pfx");
                CreateToken("user", clientSecret: "dev-only-k3y!x9");
            }
        }
        """);

    [Fact]
    public Task Generated_code_is_not_analyzed() => Verify.VerifyAsync($$"""
        // <auto-generated/>
        {{Usings}}
        class C
        {
            AgoraCredentials Make() => AgoraCredentials.Basic("{{_id}}", "{{_secret}}");
        }
        """);
}
