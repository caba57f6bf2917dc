using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Agora.Generators.Parsing;
using Agora.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Agora.Generators.Tests;

/// <summary>
/// Half-typed code: every token prefix of representative sources goes through the parser (directly, so no
/// exception can hide) and the generator. Nothing may throw, and whenever the input compiles, so does the output.
/// </summary>
public sealed class RobustnessTests
{
    public static TheoryData<string> Sources => new()
    {
        """
        using System;
        using System.Collections.Generic;
        using System.Threading;
        using System.Threading.Tasks;
        using Agora.Rest;
        namespace Contoso
        {
            public enum Mode { A, B }
            public sealed record Body(string Name);
            [AgoraApi("https://api.sd-rtn.com"), AccessToken2Auth, Header("x-a", "b")]
            public partial interface IApi : IDisposable
            {
                [Get("/v1/{appId}/items/{id}?fixed=1")]
                ValueTask<AgoraResponse<Body>> GetAsync(string appId, [Path("id")] long item, [Query("m")] Mode? mode, [Query] int[]? ids = null, CancellationToken cancellationToken = default);
                [Post("/v1/items"), AccessTokenAuth, Header("x-b", "c")]
                Task<string?> PostAsync([Body] Body body, [Header("x-trace")] Guid? trace = null);
                [Delete("/v1/items/{id}"), NoAuth]
                Task DeleteAsync(string id);
                int Count { get; }
            }
        }
        """,
        """
        using System.IO;
        using System.Net.Http;
        using System.Threading.Tasks;
        using Agora.Rest;
        public static partial class Outer<T>
        {
            [AgoraApi, BasicAuth]
            internal partial interface IFiles
            {
                [Put("/files/{name}")] Task<Stream> PutAsync(string name, [Body] Stream content);
                [Get("/files/{name}")] Task<HttpResponseMessage> GetAsync(string @name, [Query("q\"x")] string? q = "a\\b");
                [Head("/x")] Task<T> GenericAsync();
            }
        }
        """,
    };

    [Theory]
    [MemberData(nameof(Sources))]
    public void Every_token_prefix_parses_and_generates_without_exceptions(string source)
    {
        SyntaxToken[] tokens = CSharpSyntaxTree.ParseText(source).GetRoot().DescendantTokens().ToArray();
        int compiledInputs = 0;
        for (int count = 0; count <= tokens.Length; count++)
        {
            string prefix = count == tokens.Length ? source : source[..tokens[count].SpanStart];
            CSharpCompilation compilation = TestCompilation.Create(prefix);

            foreach (INamedTypeSymbol api in AgoraInterfaces(compilation))
            {
                ApiParser.Parse(api, compilation, CancellationToken.None);
            }

            (GeneratorDriver driver, Compilation output, _) = TestCompilation.Run(compilation);
            GeneratorRunResult result = driver.GetRunResult().Results.Single();
            Assert.Null(result.Exception);
            Assert.Empty(result.Diagnostics);

            if (!TestCompilation.Errors(compilation).Any())
            {
                compiledInputs++;
                Diagnostic[] errors = TestCompilation.Errors(output).ToArray();
                Assert.True(errors.Length == 0, $"Prefix of {count} tokens compiles, but the generated code does not:\n{TestCompilation.Describe(errors)}");
            }
        }

        Assert.True(compiledInputs > 0, "At least the whole source must compile.");
    }

    private static IEnumerable<INamedTypeSymbol> AgoraInterfaces(Compilation compilation)
    {
        foreach (SyntaxTree tree in compilation.SyntaxTrees)
        {
            SemanticModel model = compilation.GetSemanticModel(tree);
            foreach (InterfaceDeclarationSyntax declaration in tree.GetRoot().DescendantNodes().OfType<InterfaceDeclarationSyntax>())
            {
                if (model.GetDeclaredSymbol(declaration) is INamedTypeSymbol symbol
                    && symbol.GetAttributes().Any(a => a.AttributeClass?.ToDisplayString() == KnownTypes.AgoraApiAttribute))
                {
                    yield return symbol;
                }
            }
        }
    }
}
