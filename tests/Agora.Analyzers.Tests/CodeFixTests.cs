using System.Threading.Tasks;
using Agora.Analyzers.Declarations;
using Agora.CodeFixes;

namespace Agora.Analyzers.Tests;

/// <summary>The declaration fixes: the result compiles and the diagnostic is gone.</summary>
public sealed class CodeFixTests
{
    private const string Usings = """
        using System.Threading.Tasks;
        using Agora.Rest;

        """;

    [Fact]
    public Task AGR1011_marks_an_unbound_parameter_Query_and_fix_all_takes_every_one() =>
        CodeFixVerifier<ApiDeclarationAnalyzer, AddQueryAttributeCodeFix>.VerifyAsync(
            Usings + """
            [AgoraApi, BasicAuth]
            public partial interface IChannelApi
            {
                [Get("/dev/v1/channel/{appId}")]
                Task<string> ListAsync(string appId, int {|AGR1011:page_no|}, [Header("x-trace")] string trace, int {|AGR1011:page_size|} = 100);
            }
            """,
            Usings + """
            [AgoraApi, BasicAuth]
            public partial interface IChannelApi
            {
                [Get("/dev/v1/channel/{appId}")]
                Task<string> ListAsync(string appId, [Query] int page_no, [Header("x-trace")] string trace, [Query] int page_size = 100);
            }
            """);

    [Fact]
    public Task AGR1011_qualifies_Query_where_Agora_Rest_is_not_imported() =>
        CodeFixVerifier<ApiDeclarationAnalyzer, AddQueryAttributeCodeFix>.VerifyAsync(
            """
            using System.Threading.Tasks;

            [Agora.Rest.AgoraApi, Agora.Rest.BasicAuth]
            public partial interface IChannelApi
            {
                [Agora.Rest.Get("/dev/v1/projects")]
                Task<string> ListAsync(int {|AGR1011:page|});
            }
            """,
            """
            using System.Threading.Tasks;

            [Agora.Rest.AgoraApi, Agora.Rest.BasicAuth]
            public partial interface IChannelApi
            {
                [Agora.Rest.Get("/dev/v1/projects")]
                Task<string> ListAsync([global::Agora.Rest.Query] int page);
            }
            """);

    [Fact]
    public Task AGR1011_qualifies_Query_when_another_library_has_one_in_scope() =>
        CodeFixVerifier<ApiDeclarationAnalyzer, AddQueryAttributeCodeFix>.VerifyAsync(
            Usings + """
            using Other;

            namespace Other { public sealed class QueryAttribute : System.Attribute { } }

            [AgoraApi, BasicAuth]
            public partial interface IChannelApi
            {
                [Get("/dev/v1/projects")]
                Task<string> ListAsync(int {|AGR1011:page|});
            }
            """,
            Usings + """
            using Other;

            namespace Other { public sealed class QueryAttribute : System.Attribute { } }

            [AgoraApi, BasicAuth]
            public partial interface IChannelApi
            {
                [Get("/dev/v1/projects")]
                Task<string> ListAsync([global::Agora.Rest.Query] int page);
            }
            """);

    [Fact]
    public Task AGR1001_adds_partial_after_the_other_modifiers() =>
        CodeFixVerifier<ApiDeclarationAnalyzer, AddPartialCodeFix>.VerifyAsync(
            Usings + """
            [AgoraApi, BasicAuth]
            public interface {|AGR1001:IChannelApi|}
            {
                [Get("/x")]
                Task<string> GetAsync();
            }
            """,
            Usings + """
            [AgoraApi, BasicAuth]
            public partial interface IChannelApi
            {
                [Get("/x")]
                Task<string> GetAsync();
            }
            """);

    [Fact]
    public Task AGR1001_adds_partial_to_an_interface_without_modifiers() =>
        CodeFixVerifier<ApiDeclarationAnalyzer, AddPartialCodeFix>.VerifyAsync(
            Usings + """
            [AgoraApi, BasicAuth]
            interface {|AGR1001:IChannelApi|}
            {
                [Get("/x")]
                Task<string> GetAsync();
            }
            """,
            Usings + """
            [AgoraApi, BasicAuth]
            partial interface IChannelApi
            {
                [Get("/x")]
                Task<string> GetAsync();
            }
            """);

    [Fact]
    public Task AGR1002_adds_basic_auth_to_the_interface() =>
        CodeFixVerifier<ApiDeclarationAnalyzer, AddAuthSchemeCodeFix>.VerifyAsync(
            Usings + """
            [AgoraApi]
            public partial interface IProjectApi
            {
                [Get("/dev/v1/projects")]
                Task<string> {|AGR1002:ListAsync|}();
            }
            """,
            Usings + """
            [AgoraApi]
            [BasicAuth]
            public partial interface IProjectApi
            {
                [Get("/dev/v1/projects")]
                Task<string> ListAsync();
            }
            """);

    [Fact]
    public Task AGR1002_can_add_a_token_scheme_to_the_method_only() =>
        CodeFixVerifier<ApiDeclarationAnalyzer, AddAuthSchemeCodeFix>.VerifyAsync(
            Usings + """
            [AgoraApi]
            public partial interface ISignalingApi
            {
                [Get("/dev/v2/project/{appId}/rtm/vendor/user_events")]
                Task<string> {|AGR1002:EventsAsync|}(string appId);
            }
            """,
            Usings + """
            [AgoraApi]
            public partial interface ISignalingApi
            {
                [Get("/dev/v2/project/{appId}/rtm/vendor/user_events")]
                [AccessToken2Auth]
                Task<string> EventsAsync(string appId);
            }
            """,
            codeActionIndex: 4);
}
