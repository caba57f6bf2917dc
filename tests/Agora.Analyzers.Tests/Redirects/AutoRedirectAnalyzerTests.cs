using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Agora.Analyzers.Security;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Testing;
using Verify = Agora.Analyzers.Tests.AnalyzerVerifier<Agora.Analyzers.Security.AutoRedirectAnalyzer>;

namespace Agora.Analyzers.Tests.Redirects;

/// <summary>
/// AGR0007: generated clients of [AccessTokenAuth] APIs built on an HttpClient that follows redirects itself. The
/// generator runs first, so the clients are the ones a consuming project gets.
/// </summary>
public sealed class AutoRedirectAnalyzerTests
{
    private const string TokenApi = """
        using System;
        using System.Net.Http;
        using System.Threading.Tasks;
        using Agora.Rest;

        [AgoraApi, AccessTokenAuth]
        public partial interface ITokenApi
        {
            [Get("/dev/v2/project/{appId}/rtm/vendor/user_events")]
            Task<string> EventsAsync(string appId);
        }

        """;

    [Fact]
    public Task A_new_HttpClient_on_the_default_handler_is_reported() => Verify.VerifyWithGeneratorAsync(TokenApi + """
        public static class Make
        {
            public static ITokenApi Api(AgoraCredentials credentials) => new TokenApiClient({|AGR0007:new HttpClient()|}, credentials);
        }
        """);

    [Fact]
    public Task A_legacy_token_method_inherited_from_a_base_interface_counts() => Verify.VerifyWithGeneratorAsync("""
        using System.Net.Http;
        using System.Threading.Tasks;
        using Agora.Rest;

        [AccessTokenAuth]
        public interface ILegacyEvents
        {
            [Get("/dev/v2/project/{appId}/rtm/vendor/user_events")]
            Task<string> EventsAsync(string appId);
        }

        [AgoraApi, BasicAuth]
        public partial interface IMixedApi : ILegacyEvents
        {
            [Get("/dev/v1/projects")]
            Task<string> ProjectsAsync();
        }

        public static class Make
        {
            public static IMixedApi Api(AgoraCredentials credentials) => new MixedApiClient({|AGR0007:new HttpClient()|}, credentials);
        }
        """);

    [Fact]
    public Task The_message_names_the_api_and_the_type_that_follows_redirects() => Verify.VerifyWithGeneratorAsync(TokenApi + """
        public static class Make
        {
            public static ITokenApi Api(AgoraCredentials credentials) =>
                new TokenApiClient(new HttpClient({|#0:new SocketsHttpHandler()|}), credentials, new AgoraClientOptions());
        }
        """, Expected().WithLocation(0).WithArguments("ITokenApi", "SocketsHttpHandler"));

    [Theory]
    [InlineData("new HttpClientHandler()")]
    [InlineData("new SocketsHttpHandler()")]
    [InlineData("new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(2) }")]
    [InlineData("new HttpClientHandler { AllowAutoRedirect = true }")]
    public Task A_handler_created_inline_that_follows_redirects_is_reported(string handler) => Verify.VerifyWithGeneratorAsync(TokenApi + $$"""
        public static class Make
        {
            public static ITokenApi Api(AgoraCredentials credentials) => new TokenApiClient(new HttpClient({|AGR0007:{{handler}}|}), credentials);
            public static ITokenApi NotDisposing(AgoraCredentials credentials) => new TokenApiClient(new HttpClient({|AGR0007:{{handler}}|}, disposeHandler: false), credentials);
        }
        """);

    [Fact]
    public Task A_handler_or_client_held_in_a_local_is_followed() => Verify.VerifyWithGeneratorAsync(TokenApi + """
        public static class Make
        {
            public static ITokenApi FromHandlerLocal(AgoraCredentials credentials)
            {
                var handler = {|AGR0007:new HttpClientHandler { UseCookies = false }|};
                handler.MaxAutomaticRedirections = 3;
                return new TokenApiClient(new HttpClient(handler, true), credentials);
            }

            public static ITokenApi FromClientLocal(AgoraCredentials credentials)
            {
                HttpClientHandler handler = {|AGR0007:new()|};
                using HttpClient http = new(handler) { Timeout = TimeSpan.FromSeconds(5) };
                ITokenApi api = new TokenApiClient(http, credentials);
                return api;
            }

            public static ITokenApi ClientAssignedOnce(AgoraCredentials credentials)
            {
                HttpClient http;
                http = {|AGR0007:new HttpClient()|};
                return new TokenApiClient(http, credentials);
            }
        }
        """);

    [Fact]
    public Task A_readonly_field_initialized_where_it_is_declared_is_reported_once_for_all_its_clients() => Verify.VerifyWithGeneratorAsync(TokenApi + """
        [AgoraApi, AccessTokenAuth]
        public partial interface IOtherTokenApi
        {
            [Get("/other")]
            Task<string> GetAsync();
        }

        public sealed class Apis
        {
            private static readonly HttpClient Shared = {|#0:new()|};

            public ITokenApi Token(AgoraCredentials credentials) => new TokenApiClient(Shared, credentials);

            public IOtherTokenApi Other(AgoraCredentials credentials) => new OtherTokenApiClient(Shared, credentials);
        }
        """, Expected().WithLocation(0).WithArguments("IOtherTokenApi", "HttpClient"));

    [Fact]
    public Task A_method_level_AccessTokenAuth_is_enough() => Verify.VerifyWithGeneratorAsync("""
        using System.Net.Http;
        using System.Threading.Tasks;
        using Agora.Rest;

        [AgoraApi, AccessToken2Auth]
        public partial interface IMixedApi
        {
            [Get("/a")]
            Task<string> ModernAsync();

            [Get("/b"), AccessTokenAuth]
            Task<string> LegacyAsync();
        }

        public static class Make
        {
            public static IMixedApi Api(AgoraCredentials credentials) => new MixedApiClient({|AGR0007:new HttpClient()|}, credentials);
        }
        """);

    [Fact]
    public Task Top_level_statements_are_analyzed() => Verify.VerifyWithGeneratorAsync(
        TokenApi.Replace("[AgoraApi", TopLevel + "[AgoraApi", System.StringComparison.Ordinal),
        DiagnosticResult.CompilerError("CS8805").WithSpan(6, 1, 6, 90)); // the harness compiles a library

    private const string TopLevel = """
        var api = new TokenApiClient({|AGR0007:new HttpClient()|}, AgoraCredentials.Token("007token", "42"));


        """;

    [Fact]
    public Task Setting_AllowAutoRedirect_true_after_creation_is_reported_at_the_creation() => Verify.VerifyWithGeneratorAsync(TokenApi + """
        public static class Make
        {
            public static ITokenApi Api(AgoraCredentials credentials)
            {
                var handler = {|#0:new HttpClientHandler { AllowAutoRedirect = false }|};
                {|#1:handler.AllowAutoRedirect = true|};
                return new TokenApiClient(new HttpClient(handler), credentials);
            }
        }
        """, Expected().WithLocation(0).WithLocation(1).WithArguments("ITokenApi", "HttpClientHandler"));

    [Theory]
    [InlineData("new HttpClient(new HttpClientHandler { AllowAutoRedirect = false })")]
    [InlineData("new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false }, disposeHandler: true)")]
    [InlineData("new HttpClient(new HttpClientHandler { AllowAutoRedirect = follow })")]
    [InlineData("new HttpClient(new MyHandler())")]
    [InlineData("new HttpClient(new CountingHandler(new HttpClientHandler()))")]
    [InlineData("new HttpClient(Handlers.Make())")]
    [InlineData("Clients.Make()")]
    [InlineData("factory.CreateClient(\"agora\")")]
    [InlineData("given")]
    [InlineData("new MyClient()")]
    public Task Clients_whose_redirects_are_off_or_out_of_sight_are_not_reported(string httpClient) => Verify.VerifyWithGeneratorAsync(TokenApi + $$"""
        public sealed class MyHandler : HttpClientHandler
        {
            public MyHandler() => AllowAutoRedirect = false;
        }

        public sealed class CountingHandler(HttpMessageHandler inner) : DelegatingHandler(inner);

        public sealed class MyClient : HttpClient;

        public interface IFactory { HttpClient CreateClient(string name); }

        public static class Handlers { public static HttpMessageHandler Make() => new HttpClientHandler(); }

        public static class Clients { public static HttpClient Make() => new HttpClient(); }

        public static class Make
        {
            public static ITokenApi Api(AgoraCredentials credentials, HttpClient given, IFactory factory, bool follow) =>
                new TokenApiClient({{httpClient}}, credentials);
        }
        """);

    [Fact]
    public Task Locals_and_fields_that_may_hold_something_else_are_not_reported() => Verify.VerifyWithGeneratorAsync(TokenApi + """
        public sealed class Apis
        {
            private static readonly HttpClient Configured = new HttpClient();
            private readonly HttpClient _replaced = new HttpClient();
            private HttpClient _mutable = new HttpClient();

            public Apis(HttpClient replaced) => _replaced = replaced;

            public ITokenApi Reassigned(AgoraCredentials credentials, HttpClient other, bool useOther)
            {
                var http = new HttpClient();
                if (useOther)
                {
                    http = other;
                }

                return new TokenApiClient(http, credentials);
            }

            public ITokenApi HandlerTurnedOff(AgoraCredentials credentials)
            {
                var handler = new HttpClientHandler();
                handler.AllowAutoRedirect = false;
                return new TokenApiClient(new HttpClient(handler), credentials);
            }

            public ITokenApi HandlerConfiguredElsewhere(AgoraCredentials credentials)
            {
                var handler = new SocketsHttpHandler();
                Configure(handler);
                return new TokenApiClient(new HttpClient(handler), credentials);
            }

            public ITokenApi HandlerInAField(AgoraCredentials credentials) => new TokenApiClient(new HttpClient(SharedHandler), credentials);

            public ITokenApi Replaced(AgoraCredentials credentials) => new TokenApiClient(_replaced, credentials);

            public ITokenApi Mutable(AgoraCredentials credentials) => new TokenApiClient(_mutable, credentials);

            private static readonly HttpClientHandler SharedHandler = new HttpClientHandler();

            static Apis() => SharedHandler.AllowAutoRedirect = false;

            private static void Configure(SocketsHttpHandler handler) => handler.AllowAutoRedirect = false;

            public void Swap(HttpClient http) => _mutable = http;
        }
        """);

    [Theory]
    [InlineData("AccessToken2Auth")]
    [InlineData("BasicAuth")]
    [InlineData("NoAuth")]
    public Task Apis_that_do_not_send_the_legacy_headers_are_not_reported(string scheme) => Verify.VerifyWithGeneratorAsync($$"""
        using System.Net.Http;
        using System.Threading.Tasks;
        using Agora.Rest;

        [AgoraApi, {{scheme}}]
        public partial interface IOtherApi
        {
            [Get("/x")]
            Task<string> GetAsync();
        }

        public static class Make
        {
            public static IOtherApi Api(AgoraCredentials credentials) => new OtherApiClient(new HttpClient(), credentials);
        }
        """);

    [Fact]
    public Task An_interface_level_AccessTokenAuth_that_every_method_overrides_is_not_reported() => Verify.VerifyWithGeneratorAsync("""
        using System.Net.Http;
        using System.Threading.Tasks;
        using Agora.Rest;

        [AgoraApi, AccessTokenAuth]
        public partial interface IOverriddenApi
        {
            [Get("/x"), AccessToken2Auth]
            Task<string> GetAsync();
        }

        public static class Make
        {
            public static IOverriddenApi Api(AgoraCredentials credentials) => new OverriddenApiClient(new HttpClient(), credentials);
        }
        """);

    [Fact]
    public Task A_client_generated_into_a_referenced_library_is_recognised()
    {
        // The library is compiled with the generator, as a package of typed clients would be.
        CSharpCompilation library = CSharpCompilation.Create(
            "Library",
            new[] { CSharpSyntaxTree.ParseText(TokenApi) },
            Basic.Reference.Assemblies.Net100.References.All.Cast<MetadataReference>()
                .Append(MetadataReference.CreateFromFile(typeof(Agora.Rest.AgoraApiAttribute).Assembly.Location)),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        CSharpGeneratorDriver.Create(new Agora.Generators.AgoraClientGenerator())
            .RunGeneratorsAndUpdateCompilation(library, out Compilation generated, out _);
        using var image = new MemoryStream();
        Assert.True(generated.Emit(image).Success);

        return Verify.VerifyAsync(
            """
            using System.Net.Http;
            using Agora.Rest;

            public static class Make
            {
                public static ITokenApi Api(AgoraCredentials credentials) => new TokenApiClient({|AGR0007:new HttpClient()|}, credentials);
            }
            """,
            globalConfig: null,
            MetadataReference.CreateFromImage(image.ToArray()));
    }

    [Fact]
    public Task A_hand_written_class_that_implements_the_api_is_not_a_generated_client() => Verify.VerifyAsync(TokenApi + """
        public sealed class HandMade : ITokenApi
        {
            public HandMade(HttpClient http, AgoraCredentials credentials) { }
            public Task<string> EventsAsync(string appId) => Task.FromResult(appId);
        }

        public static class Make
        {
            public static ITokenApi Api(AgoraCredentials credentials) => new HandMade(new HttpClient(), credentials);
        }
        """);

    private static DiagnosticResult Expected() => new(SecurityRules.TokenHeadersFollowRedirects);
}
