using System;
using System.Linq;
using System.Threading;
using Agora.Generators.Incremental;
using Agora.Generators.Model;
using Agora.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace Agora.Generators.Tests.Incremental;

/// <summary>
/// The memo in front of the parser: an interface whose file and whose compilation's declarations are unchanged is
/// not read again, and anything else is; end to end, edits elsewhere that change what an interface means still
/// change its client.
/// </summary>
public sealed class ParseMemoTests
{
    private const string Api = """
        using System.Threading.Tasks;
        using Agora.Rest;
        using Contoso.Models;
        namespace Contoso;
        [AgoraApi, BasicAuth]
        public partial interface IProjectApi
        {
            [Get(Routes.Projects)]
            Task<Project> GetAsync();
        }
        """;

    private const string Support = """
        namespace Contoso.Models
        {
            public sealed class Project { public string? Name { get; set; } }
        }
        namespace Contoso
        {
            public static class Routes
            {
                public const string Projects = "/dev/v1/projects";
                public static string Banner(int build) => "build " + build;
            }
        }
        """;

    [Fact]
    public void An_unchanged_declaration_in_an_equal_compilation_is_not_parsed_again()
    {
        CSharpCompilation compilation = TestCompilation.Create(Api, Support);
        SyntaxNode declaration = InterfaceIn(compilation);
        int parses = 0;
        ParseOutcome Parse() { parses++; return new ParseOutcome(null, new GeneratorFailure("IProjectApi", "None", "counted")); }

        ParseOutcome first = ParseMemo.GetOrParse(declaration, Fingerprint(compilation), Parse);
        ParseOutcome afterBodyEdit = ParseMemo.GetOrParse(declaration, Fingerprint(Edit(compilation, "\"build \"", "\"edited \"")), Parse);

        Assert.Equal(1, parses);
        Assert.Same(first, afterBodyEdit);
    }

    [Fact]
    public void A_declaration_edit_elsewhere_parses_again()
    {
        CSharpCompilation compilation = TestCompilation.Create(Api, Support);
        SyntaxNode declaration = InterfaceIn(compilation);
        int parses = 0;
        ParseOutcome Parse() { parses++; return ParseOutcome.Nothing; }

        ParseMemo.GetOrParse(declaration, Fingerprint(compilation), Parse);
        ParseMemo.GetOrParse(declaration, Fingerprint(Edit(compilation, "string? Name", "string? Title")), Parse);

        Assert.Equal(2, parses);
    }

    [Fact]
    public void A_constant_changed_in_another_file_changes_the_generated_route()
    {
        CSharpCompilation compilation = TestCompilation.Create(Api, Support);
        GeneratorDriver driver = TestCompilation.Run(compilation).Driver;
        Assert.Contains("dev/v1/projects", Client(driver), StringComparison.Ordinal);

        GeneratorDriver afterBodyEdit = TestCompilation.Run(Edit(compilation, "\"build \"", "\"edited \""), driver).Driver;
        Assert.Equal(Client(driver), Client(afterBodyEdit));

        CSharpCompilation constantEdited = Edit(compilation, "\"/dev/v1/projects\"", "\"/dev/v2/projects\"");
        string after = Client(TestCompilation.Run(constantEdited, afterBodyEdit).Driver);
        Assert.Contains("dev/v2/projects", after, StringComparison.Ordinal);
        Assert.DoesNotContain("dev/v1/projects", after, StringComparison.Ordinal);
    }

    [Fact]
    public void A_type_declared_in_another_file_that_a_parameter_now_binds_to_changes_the_client()
    {
        CSharpCompilation compilation = TestCompilation.Create(Api, Support);
        GeneratorDriver driver = TestCompilation.Run(compilation).Driver;
        Assert.Contains("global::Contoso.Models.Project", Client(driver), StringComparison.Ordinal);

        // A Contoso.Project is nearer than the one the using directive brings in, so the return type now means it.
        CSharpCompilation shadowed = compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText(
            "namespace Contoso { public sealed class Project { } }", TestCompilation.ParseOptions, path: "Shadow.cs"));
        (GeneratorDriver after, Compilation output, System.Collections.Immutable.ImmutableArray<Diagnostic> _) = TestCompilation.Run(shadowed, driver);

        Assert.Contains("global::Contoso.Project", Client(after), StringComparison.Ordinal);
        Assert.DoesNotContain("global::Contoso.Models.Project", Client(after), StringComparison.Ordinal);
        Assert.Empty(TestCompilation.Errors(output));
    }

    [Fact]
    public void A_member_added_to_the_other_part_of_a_partial_interface_reaches_the_client()
    {
        const string OtherPart = """
            using System.Threading.Tasks;
            using Agora.Rest;
            namespace Contoso;
            public partial interface IProjectApi
            {
            }
            """;
        CSharpCompilation compilation = TestCompilation.Create(Api, Support, OtherPart);
        GeneratorDriver driver = TestCompilation.Run(compilation).Driver;
        Assert.DoesNotContain("ListAsync", Client(driver), StringComparison.Ordinal);

        CSharpCompilation edited = Edit(compilation, "public partial interface IProjectApi\n{\n}",
            "public partial interface IProjectApi\n{\n    [Get(\"/dev/v1/projects\")] Task<string> ListAsync();\n}");
        (GeneratorDriver after, Compilation output, System.Collections.Immutable.ImmutableArray<Diagnostic> _) = TestCompilation.Run(edited, driver);

        Assert.Contains("ListAsync", Client(after), StringComparison.Ordinal);
        Assert.Empty(TestCompilation.Errors(output));
    }

    private static string Client(GeneratorDriver driver) =>
        driver.GetRunResult().Results.Single().GeneratedSources.Single(s => s.HintName == "Contoso.IProjectApi.g.cs").SourceText.ToString();

    private static Microsoft.CodeAnalysis.CSharp.Syntax.InterfaceDeclarationSyntax InterfaceIn(Compilation compilation) =>
        compilation.SyntaxTrees.First().GetRoot().DescendantNodes().OfType<Microsoft.CodeAnalysis.CSharp.Syntax.InterfaceDeclarationSyntax>().Single();

    private static DeclarationFingerprint Fingerprint(Compilation compilation) => DeclarationFingerprint.Of(compilation, CancellationToken.None);

    private static CSharpCompilation Edit(CSharpCompilation compilation, string before, string after)
    {
        SyntaxTree support = compilation.SyntaxTrees.Single(tree => tree.ToString().Contains(before, StringComparison.Ordinal));
        return compilation.ReplaceSyntaxTree(support, support.WithChangedText(SourceText.From(support.ToString().Replace(before, after, StringComparison.Ordinal))));
    }
}
