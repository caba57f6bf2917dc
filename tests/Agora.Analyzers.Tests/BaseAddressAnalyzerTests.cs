using System.Threading.Tasks;
using Agora.Analyzers.Security;
using Agora.CodeFixes;
using Verify = Agora.Analyzers.Tests.AnalyzerVerifier<Agora.Analyzers.Security.BaseAddressAnalyzer>;

namespace Agora.Analyzers.Tests;

/// <summary>AGR0004: credentials only to https (or loopback http) base addresses.</summary>
public sealed class BaseAddressAnalyzerTests
{
    private const string Usings = """
        using System.Threading.Tasks;
        using Agora.Rest;

        """;

    [Theory]
    [InlineData("http://api.agora.io")]
    [InlineData("http://10.0.0.5:8080/prefix")]
    [InlineData("ftp://api.agora.io")]
    [InlineData("api.agora.io")]
    public Task Insecure_addresses_with_credentials_are_errors(string address) => Verify.VerifyAsync(Usings + $$"""
        [{|AGR0004:AgoraApi("{{address}}")|}, BasicAuth]
        public partial interface IApi
        {
            [Get("/x")]
            Task<string> GetAsync();
        }
        """);

    [Theory]
    [InlineData("https://api.agora.io")]
    [InlineData("http://localhost:5000")]
    [InlineData("http://127.0.0.1:5000")]
    [InlineData("http://[::1]:5000")]
    public Task Https_and_loopback_http_are_fine(string address) => Verify.VerifyAsync(Usings + $$"""
        [AgoraApi("{{address}}"), AccessToken2Auth]
        public partial interface IApi
        {
            [Get("/x")]
            Task<string> GetAsync();
        }
        """);

    [Fact]
    public Task Plain_http_is_fine_when_no_method_sends_credentials() => Verify.VerifyAsync(Usings + """
        [AgoraApi("http://status.example.com"), NoAuth]
        public partial interface IStatusApi
        {
            [Get("/health")]
            Task<string> HealthAsync();
        }
        """);

    [Fact]
    public Task One_method_with_credentials_is_enough() => Verify.VerifyAsync(Usings + """
        [{|AGR0004:AgoraApi("http://status.example.com")|}, NoAuth]
        public partial interface IStatusApi
        {
            [Get("/health")]
            Task<string> HealthAsync();

            [Get("/private"), BasicAuth]
            Task<string> PrivateAsync();
        }
        """);

    [Fact]
    public void The_message_never_repeats_the_address()
    {
        Assert.Null(BaseAddressAnalyzer.Problem("https://id:secret@api.agora.io"));
        Assert.DoesNotContain("secret", BaseAddressAnalyzer.Problem("http://id:secret@api.agora.io"), System.StringComparison.Ordinal);
    }

    [Fact]
    public Task The_fix_switches_http_to_https() =>
        CodeFixVerifier<BaseAddressAnalyzer, UseHttpsCodeFix>.VerifyAsync(
            Usings + """
            [{|AGR0004:AgoraApi("http://api.agora.io/base")|}, BasicAuth]
            public partial interface IApi
            {
                [Get("/x")]
                Task<string> GetAsync();
            }
            """,
            Usings + """
            [AgoraApi("https://api.agora.io/base"), BasicAuth]
            public partial interface IApi
            {
                [Get("/x")]
                Task<string> GetAsync();
            }
            """);
}
