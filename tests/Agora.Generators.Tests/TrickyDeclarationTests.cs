using System.Linq;
using Agora.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace Agora.Generators.Tests;

/// <summary>Declarations that are legal C# but easy to mis-generate: the output must compile, and say why where it refuses.</summary>
public sealed class TrickyDeclarationTests
{
    private const string Usings = """
        using System.Threading.Tasks;
        using Agora.Rest;

        """;

    private static string GeneratedClient(string source)
    {
        Compilation input = TestCompilation.Create(Usings + source);
        Assert.Empty(TestCompilation.Errors(input));

        (GeneratorDriver driver, Compilation output, var diagnostics) = TestCompilation.Run(input);

        Assert.Empty(diagnostics);
        Assert.True(!TestCompilation.Errors(output).Any(), TestCompilation.Describe(TestCompilation.Errors(output)));
        return driver.GetRunResult().Results.Single().GeneratedSources.Single(s => s.HintName == "IApi.g.cs").SourceText.ToString();
    }

    [Fact]
    public void Line_separators_in_a_refused_route_cannot_end_the_generated_comment_early()
    {
        string client = GeneratedClient("""
            [AgoraApi, BasicAuth]
            public partial interface IApi { [Get("a\u2028b\u2029c\u0085d")] Task<string> GetAsync(); }
            """);

        Assert.Contains("must start with '/'", client, System.StringComparison.Ordinal);
        Assert.DoesNotContain('\u2028', client);
        Assert.DoesNotContain('\u2029', client);
        Assert.DoesNotContain('\u0085', client);
    }

    [Fact]
    public void A_null_route_is_refused_with_a_reason()
    {
        string client = GeneratedClient("""
            [AgoraApi, BasicAuth]
            public partial interface IApi { [Get(null!)] Task<string> GetAsync(); }
            """);

        Assert.Contains("IApi.GetAsync cannot be generated: The route of 'GetAsync' is invalid: the route is empty", client, System.StringComparison.Ordinal);
        Assert.Contains("global::IApi.GetAsync()", client, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Line_separators_in_an_accepted_route_are_percent_encoded()
    {
        string client = GeneratedClient("""
            [AgoraApi, BasicAuth]
            public partial interface IApi { [Get("/a\u2028b")] Task<string> GetAsync(); }
            """);

        Assert.Contains(", \"/a%E2%80%A8b\");", client, System.StringComparison.Ordinal);
        Assert.DoesNotContain('\u2028', client);
    }

    [Fact]
    public void Generic_methods_with_nullable_type_parameters_get_the_constraints_explicit_implementations_need()
    {
        string client = GeneratedClient("""
            [AgoraApi, BasicAuth]
            public partial interface IApi
            {
                [Get("/a")] Task<T?> ClassAsync<T>() where T : class;
                [Get("/b")] Task<T?> UnconstrainedAsync<T>(T? value);
                [Get("/c")] Task<T?> StructAsync<T>() where T : struct;
                [Get("/d")] Task<T> PlainAsync<T>(T value) where T : class;
            }
            """);

        Assert.Contains("global::IApi.ClassAsync<T>() where T : class", client, System.StringComparison.Ordinal);
        Assert.Contains("global::IApi.UnconstrainedAsync<T>(T? value) where T : default", client, System.StringComparison.Ordinal);
        Assert.Contains("global::IApi.StructAsync<T>()\n", client.Replace("\r\n", "\n"), System.StringComparison.Ordinal);
        Assert.Contains("global::IApi.PlainAsync<T>(T value)\n", client.Replace("\r\n", "\n"), System.StringComparison.Ordinal);
    }

    [Fact]
    public void Methods_differing_only_in_nullability_or_tuple_names_share_one_implementation_slot()
    {
        string client = GeneratedClient("""
            [BasicAuth]
            public interface IBase
            {
                [Get("/a/{a}")] Task<string> GetAsync(string? a);
                [Get("/t")] Task<string> TupleAsync([Body] (int A, int B) point);
            }
            [AgoraApi, BasicAuth]
            public partial interface IApi : IBase
            {
                [Get("/b/{a}")] new Task<string> GetAsync(string a);
                [Post("/t")] new Task<string> TupleAsync([Body] (int X, int Y) point);
            }
            """);

        Assert.Contains("global::IBase.GetAsync(string? a)", client, System.StringComparison.Ordinal);
        Assert.Contains("public global::System.Threading.Tasks.Task<string> GetAsync(string a)", client, System.StringComparison.Ordinal);
        Assert.Contains("global::IBase.TupleAsync((int A, int B) point)", client, System.StringComparison.Ordinal);
        Assert.DoesNotContain("cannot be generated", client, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Null_and_default_defaults_read_from_syntax_say_what_the_compiler_would()
    {
        // "= default" of a type with constants is a value (0, false, the enum's zero), not default or null.
        string client = GeneratedClient("""
            #nullable enable
            public enum Order { Ascending, Descending }
            [AgoraApi, BasicAuth]
            public partial interface IApi
            {
                [Get("/a")] Task<string> GetAsync(
                    [Query] int count = default, [Query] bool all = default, [Query] Order order = default, [Query] decimal? limit = default,
                    [Query] string? name = null, [Query] string? label = default, [Query] int? page = null, [Query] System.DateTime since = default,
                    System.Threading.CancellationToken cancellationToken = default);
            }
            """);

        Assert.Contains(
            "GetAsync(int count = 0, bool all = false, global::Order order = (global::Order)(0), decimal? limit = null, "
            + "string? name = null, string? label = null, int? page = null, global::System.DateTime since = default, "
            + "global::System.Threading.CancellationToken cancellationToken = default)",
            client,
            System.StringComparison.Ordinal);
    }

    [Fact]
    public void Literal_defaults_read_from_syntax_say_what_the_compiler_would()
    {
        // Literals of the parameter's own type are copied; ones that convert (0 to long, 0 to an enum) are not.
        string client = GeneratedClient("""
            public enum Order { Ascending, Descending }
            [AgoraApi, BasicAuth]
            public partial interface IApi
            {
                [Get("/a")] Task<string> GetAsync(
                    [Query] int size = 20, [Query] long from = 0, [Query] Order order = 0, [Query] bool all = true, [Query] string sort = "a\"b",
                    [Query] double ratio = 1.5, [Query] float scale = 2f, [Query] decimal price = 1.25m, [Query] char mark = 'x', [Query] int? page = 3);
            }
            """);

        Assert.Contains(
            "GetAsync(int size = 20, long from = 0L, global::Order order = (global::Order)(0), bool all = true, string sort = \"a\\\"b\", "
            + "double ratio = 1.5D, float scale = 2F, decimal price = 1.25M, char mark = 'x', int? page = 3)",
            client,
            System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_null_default_of_a_reference_type_without_annotation_is_written_so_that_it_does_not_warn()
    {
        string client = GeneratedClient("""
            #nullable disable
            [AgoraApi, BasicAuth]
            public partial interface IApi
            {
                [Get("/a")] Task<string> GetAsync([Query] string name = null, [Query] string label = default);
            }
            """);

        Assert.Contains("GetAsync(string name = null!, string label = null!)", client, System.StringComparison.Ordinal);
    }
}
