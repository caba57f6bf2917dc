using System.Threading;
using Agora.Generators.Incremental;
using Agora.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Agora.Generators.Tests.Incremental;

/// <summary>
/// What a file declares, as <see cref="DeclarationHash"/> sees it: code that runs may change freely, anything a
/// declaration's meaning could depend on may not.
/// </summary>
public sealed class DeclarationHashTests
{
    private const string Original = """
        using System;
        namespace Contoso;
        public enum Tier { Free = 1, Paid = 2 }
        public static class Routes
        {
            public const string Projects = "/dev/v1/projects";
            public static readonly string Banner = "build " + 1;
            public static int Count { get; set; } = 3;
            public static string For(int build) => "build " + build;
            public static string Describe(int build)
            {
                Func<int, string> format = b => "#" + b;
                return format(build);
            }
            public static int Twice(int value = 2) => value * 2;
        }
        """;

    [Theory]
    [InlineData("\"build \" + build;", "\"edited \" + build;")]
    [InlineData("return format(build);", "return format(build + 1);")]
    [InlineData("b => \"#\" + b", "b => \"no. \" + b")]
    [InlineData("\"build \" + 1;", "\"build \" + 2;")]
    [InlineData("{ get; set; } = 3;", "{ get; set; } = 4;")]
    public void Editing_code_that_runs_keeps_the_hash(string before, string after) =>
        Assert.Equal(Hash(Original), Hash(Replace(before, after)));

    [Theory]
    [InlineData("\"/dev/v1/projects\"", "\"/dev/v2/projects\"")]
    [InlineData("Paid = 2", "Paid = 3")]
    [InlineData("int value = 2", "int value = 3")]
    [InlineData("using System;", "using System;\nusing System.Text;")]
    [InlineData("public static int Twice", "internal static int Twice")]
    [InlineData("public static string For(int build)", "public static string For(long build)")]
    [InlineData("namespace Contoso;", "namespace Contoso.Models;")]
    [InlineData("public static class Routes", "[Obsolete(\"old\")]\npublic static class Routes")]
    public void Editing_a_declaration_changes_the_hash(string before, string after) =>
        Assert.NotEqual(Hash(Original), Hash(Replace(before, after)));

    [Fact]
    public void A_nullable_directive_inside_a_method_body_changes_the_hash()
    {
        // It sets the nullable context of every declaration after it in the file.
        string edited = Replace("return format(build);", "return format(build);\n#nullable enable");

        Assert.NotEqual(Hash(Original), Hash(edited));
    }

    [Fact]
    public void Giving_a_method_a_body_changes_the_hash_though_the_body_itself_does_not_count()
    {
        const string Declared = "public interface IApi { string Name(); }";
        const string WithBody = "public interface IApi { string Name() { return \"a\"; } }";
        const string WithOtherBody = "public interface IApi { string Name() { return \"b\"; } }";

        Assert.NotEqual(Hash(Declared), Hash(WithBody));
        Assert.Equal(Hash(WithBody), Hash(WithOtherBody));
    }

    [Fact]
    public void The_same_text_under_another_path_or_with_other_symbols_defined_hashes_differently()
    {
        SyntaxTree tree = CSharpSyntaxTree.ParseText(Original, path: "Routes.cs");

        Assert.NotEqual(DeclarationHash.Of(tree, CancellationToken.None),
            DeclarationHash.Of(CSharpSyntaxTree.ParseText(Original, path: "Other.cs"), CancellationToken.None));
        Assert.NotEqual(DeclarationHash.Of(tree, CancellationToken.None), DeclarationHash.Of(CSharpSyntaxTree.ParseText(
            Original, new CSharpParseOptions(preprocessorSymbols: new[] { "DEBUG" }), path: "Routes.cs"), CancellationToken.None));
    }

    [Fact]
    public void A_deeply_nested_constant_does_not_overflow_the_stack()
    {
        string deep = "public static class C { public const int X = " + string.Join(" + ", System.Linq.Enumerable.Repeat("1", 20_000)) + "; }";

        Assert.NotEqual(Hash(deep), Hash(deep.Replace("X =", "Y =", System.StringComparison.Ordinal)));
    }

    private static string Replace(string before, string after)
    {
        Assert.Contains(before, Original, System.StringComparison.Ordinal);
        return Original.Replace(before, after, System.StringComparison.Ordinal);
    }

    private static ulong Hash(string text) =>
        DeclarationHash.Of(CSharpSyntaxTree.ParseText(text, TestCompilation.ParseOptions, path: "Routes.cs"), CancellationToken.None);
}
