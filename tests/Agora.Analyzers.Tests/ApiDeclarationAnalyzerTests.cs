using System.Linq;
using System.Threading.Tasks;
using Agora.Analyzers.Declarations;
using Verify = Agora.Analyzers.Tests.AnalyzerVerifier<Agora.Analyzers.Declarations.ApiDeclarationAnalyzer>;

namespace Agora.Analyzers.Tests;

/// <summary>Declaration rules AGR1001–AGR1006: each reported where it belongs, and nothing on valid code.</summary>
public sealed class ApiDeclarationAnalyzerTests
{
    private const string Usings = """
        using System.Threading;
        using System.Threading.Tasks;
        using Agora.Rest;

        """;

    [Fact]
    public Task A_valid_interface_has_no_diagnostics() => Verify.VerifyAsync(Usings + """
        [AgoraApi, BasicAuth]
        public partial interface IChannelApi
        {
            [Get("/dev/v1/channel/{appId}")]
            Task<string> ListAsync(string appId, [Query("page_no")] int page = 0, CancellationToken cancellationToken = default);

            [Post("/dev/v1/kicking-rule"), NoAuth]
            Task CreateAsync([Body] string rule);
        }

        // Not an Agora API: nothing applies.
        public interface IOther
        {
            Task<string> AnythingAsync();
        }
        """);

    [Fact]
    public Task AGR1001_an_interface_that_is_not_partial() => Verify.VerifyAsync(Usings + """
        [AgoraApi, BasicAuth]
        public interface {|AGR1001:IChannelApi|}
        {
            [Get("/x")]
            Task<string> GetAsync();
        }
        """);

    [Fact]
    public Task AGR1002_no_auth_scheme_on_the_method_or_the_interface() => Verify.VerifyAsync(Usings + """
        [AgoraApi]
        public partial interface IApi
        {
            [Get("/x")]
            Task<string> {|AGR1002:GetAsync|}();

            [Get("/y"), AccessToken2Auth]
            Task<string> FineAsync();
        }
        """);

    [Fact]
    public Task AGR1003_several_auth_schemes_on_one_declaration() => Verify.VerifyAsync(Usings + """
        [AgoraApi, AccessToken2Auth, AccessTokenAuth]
        public partial interface {|AGR1003:IApi|}
        {
            [Get("/x"), NoAuth, AccessTokenAuth]
            Task<string> {|AGR1003:GetAsync|}();

            [Get("/y"), BasicAuth, NoAuth]
            Task<string> {|AGR1003:OtherAsync|}();
        }
        """);

    [Fact]
    public Task AGR1003_is_not_reported_for_basic_with_one_token_scheme_an_API_that_accepts_either() => Verify.VerifyAsync(Usings + """
        [AgoraApi, BasicAuth, AccessToken2Auth]
        public partial interface IConversationalAiApi
        {
            [Get("/x")]
            Task<string> GetAsync();

            [Get("/y"), AccessTokenAuth, BasicAuth]
            Task<string> LegacyAsync();
        }
        """);

    [Fact]
    public Task AGR1004_and_AGR1005_missing_and_repeated_http_methods() => Verify.VerifyAsync(Usings + """
        [AgoraApi, BasicAuth]
        public partial interface IApi
        {
            Task<string> {|AGR1004:NoVerbAsync|}();

            [Get("/x"), {|AGR1005:Post("/y")|}]
            Task<string> TwoVerbsAsync();
        }
        """);

    [Theory]
    [InlineData("x")]
    [InlineData("//evil.example/x")]
    [InlineData("/a/{b")]
    [InlineData("/a/{}")]
    [InlineData("/a/{x}/{x}")]
    public Task AGR1006_invalid_route_templates(string route) => Verify.VerifyAsync(Usings + $$"""
        [AgoraApi, BasicAuth]
        public partial interface IApi
        {
            [{|AGR1006:Get("{{route}}")|}]
            Task<string> GetAsync(string x, string b);
        }
        """);

    [Fact]
    public Task AGR1007_and_AGR1008_interfaces_no_client_can_be_generated_for() => Verify.VerifyAsync(Usings + """
        [AgoraApi, BasicAuth]
        public partial interface {|AGR1007:IGenericApi|}<T>
        {
            [Get("/x")]
            Task<T> GetAsync();
        }

        public static class {|AGR1008:Outer|}
        {
            [AgoraApi, BasicAuth]
            public partial interface INestedApi
            {
                [Get("/x")]
                Task<string> GetAsync();
            }
        }

        public static partial class FineOuter
        {
            [AgoraApi, BasicAuth]
            public partial interface INestedApi
            {
                [Get("/x")]
                Task<string> GetAsync();
            }
        }
        """);

    [Fact]
    public Task AGR1009_and_AGR1010_members_that_cannot_become_requests() => Verify.VerifyAsync(Usings + """
        [AgoraApi, BasicAuth]
        public partial interface IApi
        {
            int {|AGR1009:Count|} { get; }
            event System.EventHandler {|AGR1009:Changed|};
            string {|AGR1009:this|}[int index] { get; }

            [Get("/x")]
            Task<T> {|AGR1010:GetAsync|}<T>();
        }
        """);

    [Fact]
    public Task AGR1016_to_AGR1019_return_types_headers_bodies_and_malformed_bindings() => Verify.VerifyAsync(Usings + """
        [AgoraApi, BasicAuth, Header("x-ok", "fine")]
        public partial interface IApi
        {
            [Get("/a")]
            {|AGR1016:string|} SyncAsync();

            [Get("/b"), Header("bad name", "v")]
            Task {|AGR1017:BadHeaderNameAsync|}();

            [Get("/c"), Header("x-line", "one\r\ntwo")]
            Task {|AGR1017:LineBreakAsync|}();

            [Get("/d")]
            Task {|AGR1017:CredentialHeaderAsync|}([Header("Authorization")] string authorization);

            [Get("/e")]
            Task<string> BodyOnGetAsync([Body] string {|AGR1018:payload|});

            [Head("/e")]
            Task BodyOnHeadAsync([Body] string {|AGR1018:payload|});

            [Post("/f")]
            Task<string> BodyOnPostAsync([Body] string payload);

            [Get("/g")]
            Task<string> TwoBindingsAsync([Query, Header("x-v")] string {|AGR1019:value|});

            [Get("/h")]
            Task<string> EmptyQueryNameAsync([Query("")] string {|AGR1019:value|});

            [Get("/i")]
            Task<string> UnformattableAsync([Query] object {|AGR1019:filter|});
        }
        """);

    [Fact]
    public Task AGR1011_to_AGR1015_parameter_binding_mistakes_point_at_the_parameter() => Verify.VerifyAsync(Usings + """
        [AgoraApi, BasicAuth]
        public partial interface IApi
        {
            [Get("/channel/{appId}")]
            Task<string> UnboundAsync(string appId, string {|AGR1011:forgotten|});

            [Get("/x")]
            Task<string> ByRefAsync([Query] ref int {|AGR1012:page|});

            [{|AGR1013:Get("/channel/{appId}/{channel}")|}]
            Task<string> HoleAsync(string appId);

            [Post("/x")]
            Task<string> BodiesAsync([Body] string first, [Body] string {|AGR1014:second|});

            [Get("/x")]
            Task<string> TokensAsync(CancellationToken one, CancellationToken {|AGR1015:two|});
        }
        """);

    [Fact]
    public Task AGR1021_a_json_context_that_the_client_cannot_read_through() => Verify.VerifyAsync(Usings + """
        using System.Text.Json.Serialization;

        public class NotAContext { }
        public abstract partial class AbstractContext : JsonSerializerContext { protected AbstractContext() : base(null) { } }

        [AgoraApi(JsonContext = typeof(NotAContext)), BasicAuth]
        public partial interface {|AGR1021:IFirstApi|}
        {
            [Get("/x")]
            Task<string> GetAsync();
        }

        [AgoraApi(JsonContext = typeof(AbstractContext)), BasicAuth]
        public partial interface {|AGR1021:ISecondApi|}
        {
            [Get("/x")]
            Task<string> GetAsync();
        }

        [AgoraApi(JsonContext = typeof(NotAContext[])), BasicAuth]
        public partial interface {|AGR1021:IThirdApi|}
        {
            [Get("/x")]
            Task<string> GetAsync();
        }
        """);

    [Fact]
    public Task AGR1021_is_not_reported_for_a_context_with_its_default_instance() => Verify.VerifyAsync(Usings + """
        using System;
        using System.Text.Json;
        using System.Text.Json.Serialization;
        using System.Text.Json.Serialization.Metadata;

        // What the System.Text.Json generator completes a partial context with (these tests run no other generator).
        public class ApiJson : JsonSerializerContext
        {
            public ApiJson() : base(null) { }
            public static ApiJson Default { get; } = new();
            protected override JsonSerializerOptions? GeneratedSerializerOptions => null;
            public override JsonTypeInfo? GetTypeInfo(Type type) => null;
        }

        [AgoraApi(JsonContext = typeof(ApiJson)), BasicAuth]
        public partial interface IApi
        {
            [Get("/x")]
            Task<string> GetAsync();
        }
        """);

    [Fact]
    public void Every_rule_has_a_help_page_link_and_says_what_to_do()
    {
        // Every analyzer the assembly ships, so that a new one cannot skip its pages.
        var rules = typeof(ApiDeclarationAnalyzer).Assembly.GetTypes()
            .Where(t => !t.IsAbstract && typeof(Microsoft.CodeAnalysis.Diagnostics.DiagnosticAnalyzer).IsAssignableFrom(t))
            .SelectMany(t => ((Microsoft.CodeAnalysis.Diagnostics.DiagnosticAnalyzer)System.Activator.CreateInstance(t)!).SupportedDiagnostics)
            .Append(Agora.Generators.Diagnostics.GeneratorRules.InternalError)
            .ToList();
        Assert.Contains(rules, r => r.Id == "AGR0001");
        Assert.Contains(rules, r => r.Id == "AGR1020");

        // Each rule is tracked by the assembly that defines it: security rules here, declaration rules (and the
        // generator's own) beside the checker in the generator's assembly.
        string releases = System.IO.File.ReadAllText(System.IO.Path.Combine(RepositoryRoot(), "src", "Agora.Analyzers", "AnalyzerReleases.Unshipped.md"))
            + System.IO.File.ReadAllText(System.IO.Path.Combine(RepositoryRoot(), "src", "Agora.Generators", "AnalyzerReleases.Unshipped.md"));
        string index = System.IO.File.ReadAllText(System.IO.Path.Combine(RepositoryRoot(), "docs", "rules", "README.md"));
        foreach (var rule in rules)
        {
            Assert.Equal(RulesPagesBase() + rule.Id + ".md", rule.HelpLinkUri);
            Assert.True(System.IO.File.Exists(System.IO.Path.Combine(RepositoryRoot(), "docs", "rules", rule.Id + ".md")), $"docs/rules/{rule.Id}.md is missing");
            Assert.StartsWith("Agora.", rule.Category, System.StringComparison.Ordinal);
            Assert.Contains($"{rule.Id} | {rule.Category} | {rule.DefaultSeverity}", releases, System.StringComparison.Ordinal);
            Assert.Contains($"[{rule.Id}]({rule.Id}.md)", index, System.StringComparison.Ordinal);
        }
    }

    /// <summary>
    /// The rule pages' address as the repository's own RepositoryUrl and RepositoryBranch say (Directory.Build.props):
    /// GitHub's file address of docs/rules/ on that branch.
    /// </summary>
    private static string RulesPagesBase()
    {
        var metadata = typeof(ApiDeclarationAnalyzerTests).Assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyMetadataAttribute), false)
            .Cast<System.Reflection.AssemblyMetadataAttribute>()
            .ToDictionary(a => a.Key, a => a.Value);
        string repository = metadata["RepositoryUrl"]!.TrimEnd('/');
        if (repository.EndsWith(".git", System.StringComparison.Ordinal))
        {
            repository = repository[..^".git".Length];
        }

        Assert.StartsWith("https://", repository, System.StringComparison.Ordinal);
        return $"{repository}/blob/{metadata["RepositoryBranch"]}/docs/rules/";
    }

    private static string RepositoryRoot()
    {
        var directory = new System.IO.DirectoryInfo(System.AppContext.BaseDirectory);
        while (directory is not null && !System.IO.File.Exists(System.IO.Path.Combine(directory.FullName, "Agora.Generators.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new System.InvalidOperationException("Agora.Generators.sln not found above the test output.");
    }
}
