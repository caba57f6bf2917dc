using System.Threading.Tasks;
using Agora.Analyzers.Security;
using Agora.CodeFixes;

namespace Agora.Analyzers.Tests.Redirects;

/// <summary>AGR0007's fix: the exact text after "Turn off automatic redirects", which must compile and leave no AGR0007.</summary>
public sealed class TurnOffAutoRedirectCodeFixTests
{
    private const string TokenApi = """
        using System;
        using System.Net.Http;
        using System.Threading.Tasks;
        using Agora.Rest;

        [AgoraApi, AccessTokenAuth]
        public partial interface ITokenApi
        {
            [Get("/x")]
            Task<string> GetAsync();
        }

        """;

    [Theory]
    [InlineData("{|AGR0007:new HttpClient()|}", "new HttpClient(new HttpClientHandler { AllowAutoRedirect = false })")]
    [InlineData("{|AGR0007:new HttpClient { Timeout = TimeSpan.FromSeconds(5) }|}", "new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { Timeout = TimeSpan.FromSeconds(5) }")]
    [InlineData("new HttpClient({|AGR0007:new HttpClientHandler()|})", "new HttpClient(new HttpClientHandler() { AllowAutoRedirect = false })")]
    [InlineData("new HttpClient({|AGR0007:new SocketsHttpHandler()|}, disposeHandler: true)", "new HttpClient(new SocketsHttpHandler() { AllowAutoRedirect = false }, disposeHandler: true)")]
    [InlineData("new HttpClient({|AGR0007:new SocketsHttpHandler { UseCookies = false }|})", "new HttpClient(new SocketsHttpHandler { UseCookies = false, AllowAutoRedirect = false })")]
    [InlineData("new HttpClient({|AGR0007:new SocketsHttpHandler { UseCookies = false, }|})", "new HttpClient(new SocketsHttpHandler { UseCookies = false, AllowAutoRedirect = false, })")]
    [InlineData("new HttpClient({|AGR0007:new HttpClientHandler { }|})", "new HttpClient(new HttpClientHandler { AllowAutoRedirect = false })")]
    [InlineData("new HttpClient({|AGR0007:new HttpClientHandler { AllowAutoRedirect = true, UseCookies = false }|})", "new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false })")]
    public Task Each_shape_gets_its_handler_told_not_to_follow_redirects(string before, string after) =>
        CodeFixVerifier<AutoRedirectAnalyzer, TurnOffAutoRedirectCodeFix>.VerifyWithGeneratorAsync(
            TokenApi + $$"""
            public static class Make
            {
                public static ITokenApi Api(AgoraCredentials credentials) => new TokenApiClient({{before}}, credentials);
            }
            """,
            TokenApi + $$"""
            public static class Make
            {
                public static ITokenApi Api(AgoraCredentials credentials) => new TokenApiClient({{after}}, credentials);
            }
            """);

    [Fact]
    public Task A_target_typed_client_and_handler_keep_their_form() =>
        CodeFixVerifier<AutoRedirectAnalyzer, TurnOffAutoRedirectCodeFix>.VerifyWithGeneratorAsync(
            TokenApi + """
            public sealed class Apis
            {
                private static readonly HttpClient Shared = {|AGR0007:new()|};

                public ITokenApi Token(AgoraCredentials credentials) => new TokenApiClient(Shared, credentials);

                public ITokenApi Local(AgoraCredentials credentials)
                {
                    SocketsHttpHandler handler = {|AGR0007:new()|};
                    return new TokenApiClient(new(handler), credentials);
                }
            }
            """,
            TokenApi + """
            public sealed class Apis
            {
                private static readonly HttpClient Shared = new(new HttpClientHandler { AllowAutoRedirect = false });

                public ITokenApi Token(AgoraCredentials credentials) => new TokenApiClient(Shared, credentials);

                public ITokenApi Local(AgoraCredentials credentials)
                {
                    SocketsHttpHandler handler = new() { AllowAutoRedirect = false };
                    return new TokenApiClient(new(handler), credentials);
                }
            }
            """);

    [Fact]
    public Task Multi_line_initializers_get_a_line_of_their_own() =>
        CodeFixVerifier<AutoRedirectAnalyzer, TurnOffAutoRedirectCodeFix>.VerifyWithGeneratorAsync(
            TokenApi + """
            public static class Make
            {
                public static ITokenApi WithoutTrailingComma(AgoraCredentials credentials)
                {
                    var handler = {|AGR0007:new SocketsHttpHandler
                    {
                        UseCookies = false // no state between calls
                    }|};
                    return new TokenApiClient(new HttpClient(handler), credentials);
                }

                public static ITokenApi WithTrailingComma(AgoraCredentials credentials)
                {
                    var handler = {|AGR0007:new SocketsHttpHandler
                    {
                        UseCookies = false,
                        PooledConnectionLifetime = TimeSpan.FromMinutes(2),
                    }|};
                    return new TokenApiClient(new HttpClient(handler), credentials);
                }
            }
            """,
            TokenApi + """
            public static class Make
            {
                public static ITokenApi WithoutTrailingComma(AgoraCredentials credentials)
                {
                    var handler = new SocketsHttpHandler
                    {
                        UseCookies = false, // no state between calls
                        AllowAutoRedirect = false
                    };
                    return new TokenApiClient(new HttpClient(handler), credentials);
                }

                public static ITokenApi WithTrailingComma(AgoraCredentials credentials)
                {
                    var handler = new SocketsHttpHandler
                    {
                        UseCookies = false,
                        PooledConnectionLifetime = TimeSpan.FromMinutes(2),
                        AllowAutoRedirect = false,
                    };
                    return new TokenApiClient(new HttpClient(handler), credentials);
                }
            }
            """);

    [Fact]
    public Task Later_statements_that_turn_redirects_on_are_turned_off() =>
        CodeFixVerifier<AutoRedirectAnalyzer, TurnOffAutoRedirectCodeFix>.VerifyWithGeneratorAsync(
            TokenApi + """
            public static class Make
            {
                public static ITokenApi Api(AgoraCredentials credentials)
                {
                    var handler = {|AGR0007:new HttpClientHandler()|};
                    handler.AllowAutoRedirect = true;
                    return new TokenApiClient(new HttpClient(handler), credentials);
                }
            }
            """,
            TokenApi + """
            public static class Make
            {
                public static ITokenApi Api(AgoraCredentials credentials)
                {
                    var handler = new HttpClientHandler();
                    handler.AllowAutoRedirect = false;
                    return new TokenApiClient(new HttpClient(handler), credentials);
                }
            }
            """);

    [Fact]
    public Task The_handler_name_is_qualified_where_System_Net_Http_is_not_imported() =>
        CodeFixVerifier<AutoRedirectAnalyzer, TurnOffAutoRedirectCodeFix>.VerifyWithGeneratorAsync(
            """
            using System.Threading.Tasks;
            using Agora.Rest;

            [AgoraApi, AccessTokenAuth]
            public partial interface ITokenApi
            {
                [Get("/x")]
                Task<string> GetAsync();
            }

            public static class Make
            {
                public static ITokenApi Api(AgoraCredentials credentials) => new TokenApiClient({|AGR0007:new System.Net.Http.HttpClient()|}, credentials);
            }
            """,
            """
            using System.Threading.Tasks;
            using Agora.Rest;

            [AgoraApi, AccessTokenAuth]
            public partial interface ITokenApi
            {
                [Get("/x")]
                Task<string> GetAsync();
            }

            public static class Make
            {
                public static ITokenApi Api(AgoraCredentials credentials) => new TokenApiClient(new System.Net.Http.HttpClient(new System.Net.Http.HttpClientHandler { AllowAutoRedirect = false }), credentials);
            }
            """);

    [Fact]
    public Task Fix_all_turns_off_every_redirecting_creation_in_the_file() =>
        CodeFixVerifier<AutoRedirectAnalyzer, TurnOffAutoRedirectCodeFix>.VerifyWithGeneratorAsync(
            TokenApi + """
            public static class Make
            {
                public static ITokenApi Default(AgoraCredentials credentials) => new TokenApiClient({|AGR0007:new HttpClient()|}, credentials);

                public static ITokenApi Inline(AgoraCredentials credentials) => new TokenApiClient(new HttpClient({|AGR0007:new HttpClientHandler()|}), credentials);

                public static ITokenApi Explicit(AgoraCredentials credentials) =>
                    new TokenApiClient(new HttpClient({|AGR0007:new SocketsHttpHandler { AllowAutoRedirect = true }|}), credentials);
            }
            """,
            TokenApi + """
            public static class Make
            {
                public static ITokenApi Default(AgoraCredentials credentials) => new TokenApiClient(new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }), credentials);

                public static ITokenApi Inline(AgoraCredentials credentials) => new TokenApiClient(new HttpClient(new HttpClientHandler() { AllowAutoRedirect = false }), credentials);

                public static ITokenApi Explicit(AgoraCredentials credentials) =>
                    new TokenApiClient(new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false }), credentials);
            }
            """);

    // netstandard2.0 has no SocketsHttpHandler. The generator's output needs Agora.Rest's runtime, which targets the
    // .NET reference assemblies here, so the client is declared as the generator writes it.
    private const string NetStandardDeclarations = """
        using System.Net.Http;
        using System.Threading.Tasks;

        namespace Agora.Rest
        {
            public sealed class AgoraApiAttribute : System.Attribute { }
            public sealed class AccessTokenAuthAttribute : System.Attribute { }
            public sealed class GetAttribute : System.Attribute { public GetAttribute(string route) { } }
            public sealed class AgoraCredentials { }
        }

        [Agora.Rest.AgoraApi, Agora.Rest.AccessTokenAuth]
        public partial interface ITokenApi
        {
            [Agora.Rest.Get("/x")]
            Task<string> GetAsync();
        }

        [System.CodeDom.Compiler.GeneratedCode("Agora.Generators", "1.0.0.0")]
        public sealed partial class TokenApiClient : ITokenApi
        {
            public TokenApiClient(HttpClient httpClient, Agora.Rest.AgoraCredentials credentials) { }
            public Task<string> GetAsync() => Task.FromResult("");
        }

        """;

    [Fact]
    public Task On_netstandard20_the_new_handler_is_an_HttpClientHandler() =>
        CodeFixVerifier<AutoRedirectAnalyzer, TurnOffAutoRedirectCodeFix>.VerifyOnNetStandard20Async(
            NetStandardDeclarations + """
            public static class Make
            {
                public static ITokenApi Api(Agora.Rest.AgoraCredentials credentials) => new TokenApiClient({|AGR0007:new HttpClient()|}, credentials);
            }
            """,
            NetStandardDeclarations + """
            public static class Make
            {
                public static ITokenApi Api(Agora.Rest.AgoraCredentials credentials) => new TokenApiClient(new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }), credentials);
            }
            """);
}
