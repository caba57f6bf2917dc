using System;
using System.Linq;
using System.Threading;
using Agora.Generators.Incremental;
using Agora.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace Agora.Generators.Tests.Incremental;

/// <summary>A compilation's <see cref="DeclarationFingerprint"/>: equal across body edits, different across anything else.</summary>
public sealed class DeclarationFingerprintTests
{
    private const string Api = """
        using System.Threading.Tasks;
        using Agora.Rest;
        namespace Contoso;
        [AgoraApi, BasicAuth]
        public partial interface IProjectApi
        {
            [Get("/dev/v1/projects")]
            Task<string> ListAsync();
        }
        """;

    private const string Helper = """
        namespace Contoso;
        public static class Helper { public static int Answer() => 42; }
        """;

    [Fact]
    public void A_body_edit_gives_an_equal_fingerprint()
    {
        CSharpCompilation compilation = TestCompilation.Create(Api, Helper);
        DeclarationFingerprint before = Of(compilation);

        DeclarationFingerprint after = Of(Edit(compilation, "=> 42;", "=> 43;"));

        Assert.Equal(before, after);
    }

    [Fact]
    public void A_declaration_edit_in_another_file_gives_another_fingerprint() =>
        Assert.NotEqual(Of(TestCompilation.Create(Api, Helper)), Of(Edit(TestCompilation.Create(Api, Helper), "int Answer()", "long Answer()")));

    [Fact]
    public void A_new_file_a_removed_reference_other_options_or_another_assembly_name_give_another_fingerprint()
    {
        CSharpCompilation compilation = TestCompilation.Create(Api, Helper);
        DeclarationFingerprint original = Of(compilation);

        Assert.NotEqual(original, Of(compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("class Added { }", TestCompilation.ParseOptions))));
        Assert.NotEqual(original, Of(compilation.RemoveReferences(compilation.References.Last())));
        Assert.NotEqual(original, Of(compilation.WithOptions(compilation.Options.WithNullableContextOptions(NullableContextOptions.Disable))));
        Assert.NotEqual(original, Of(compilation.WithAssemblyName("Other")));
        Assert.Equal(original, Of(compilation));
    }

    private static DeclarationFingerprint Of(Compilation compilation) => DeclarationFingerprint.Of(compilation, CancellationToken.None);

    private static CSharpCompilation Edit(CSharpCompilation compilation, string before, string after)
    {
        SyntaxTree helper = compilation.SyntaxTrees.Single(tree => tree.ToString().Contains(before, StringComparison.Ordinal));
        return compilation.ReplaceSyntaxTree(helper, helper.WithChangedText(SourceText.From(helper.ToString().Replace(before, after, StringComparison.Ordinal))));
    }
}
