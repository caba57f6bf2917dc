using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using Verify = Agora.Analyzers.Tests.AnalyzerVerifier<Agora.Analyzers.Declarations.ApiDeclarationAnalyzer>;

namespace Agora.Analyzers.Tests;

/// <summary>
/// Members a client must implement that the [AgoraApi] interface inherits, and static abstract members: the checker the
/// generator shares walks them too, so each that the generator could only stub is reported. Inherited ones show on the
/// interface that inherits them (the base may live elsewhere, or serve several APIs), named <c>IBase.Member</c>.
/// </summary>
public sealed class InheritedMemberTests
{
    private const string Usings = """
        using System.Threading;
        using System.Threading.Tasks;
        using Agora.Rest;

        """;

    [Fact]
    public Task A_method_inherited_from_a_plain_interface_is_checked_and_reported_on_the_API() => Verify.VerifyAsync(Usings + """
        public interface IPaging
        {
            Task<string> NextPageAsync(string cursor);
        }

        [AgoraApi, BasicAuth]
        public partial interface {|#0:IChannelApi|} : IPaging
        {
            [Get("/dev/v1/channel/{appId}")]
            Task<string> ListAsync(string appId);
        }
        """,
        new DiagnosticResult("AGR1004", Microsoft.CodeAnalysis.DiagnosticSeverity.Error).WithLocation(0).WithArguments("IPaging.NextPageAsync"));

    [Fact]
    public Task A_valid_inherited_method_takes_the_API_s_scheme_and_is_not_reported() => Verify.VerifyAsync(Usings + """
        public interface IPaging
        {
            [Get("/page/{cursor}")]
            Task<string> NextPageAsync(string cursor);

            // A member with a body needs nothing from the client.
            Task<string> FirstPageAsync() => NextPageAsync("0");
        }

        [AgoraApi, BasicAuth]
        public partial interface IChannelApi : IPaging
        {
        }
        """);

    [Fact]
    public Task An_inherited_binding_problem_and_base_attributes_are_reported_on_the_API() => Verify.VerifyAsync(Usings + """
        [BasicAuth, NoAuth]
        public interface IBase
        {
            [Get("/items")]
            Task<string> ItemsAsync(string unbound);

            // A second member of the same base: the base's own problem is still reported once.
            [Get("/more"), BasicAuth]
            Task<string> MoreAsync();
        }

        [AgoraApi, BasicAuth]
        public partial interface {|#0:IChannelApi|} : IBase
        {
        }
        """,
        new DiagnosticResult("AGR1003", Microsoft.CodeAnalysis.DiagnosticSeverity.Error).WithLocation(0).WithArguments("IBase", 2),
        new DiagnosticResult("AGR1011", Microsoft.CodeAnalysis.DiagnosticSeverity.Error).WithLocation(0)
            .WithArguments("IBase.ItemsAsync", "parameter 'unbound' is bound to nothing; mark it [Query], [Header] or [Body], or add a {unbound} hole to the route"));

    [Fact]
    public Task An_inherited_property_is_reported_on_the_API() => Verify.VerifyAsync(Usings + """
        public interface INamed
        {
            string Name { get; }
        }

        [AgoraApi, BasicAuth]
        public partial interface {|#0:IChannelApi|} : INamed
        {
        }
        """,
        new DiagnosticResult("AGR1009", Microsoft.CodeAnalysis.DiagnosticSeverity.Error).WithLocation(0).WithArguments("INamed.Name", "a property"));

    [Fact]
    public Task A_static_abstract_member_is_reported_where_it_is_declared_or_on_the_API_that_inherits_it() => Verify.VerifyAsync(Usings + """
        public interface IDescribed
        {
            static abstract string Describe();
        }

        [AgoraApi, BasicAuth]
        public partial interface {|#1:IChannelApi|} : IDescribed
        {
            static abstract Task<string> {|#0:PingAsync|}();

            [Get("/dev/v1/projects")]
            Task<string> ListAsync();
        }
        """,
        new DiagnosticResult("AGR1020", Microsoft.CodeAnalysis.DiagnosticSeverity.Error).WithLocation(0).WithArguments("PingAsync"),
        new DiagnosticResult("AGR1020", Microsoft.CodeAnalysis.DiagnosticSeverity.Error).WithLocation(1).WithArguments("IDescribed.Describe"));
}
