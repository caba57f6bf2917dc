using System.Collections.Generic;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Agora.Rest.Benchmarks.AnalyzerCost;

/// <summary>
/// A synthetic server project: per file, a service that reads Agora credentials from configuration, builds
/// tokens, logs and composes strings (what the secret analyzers look at), and an [AgoraApi] interface with
/// ten methods (what the declaration analyzer looks at). No secrets: the analyzers do their full work and
/// report nothing, as in a healthy project.
/// </summary>
internal static class SyntheticProject
{
    public static CSharpCompilation Create(int files)
    {
        IEnumerable<SyntaxTree> trees = Enumerable.Range(0, files)
            .Select(i => CSharpSyntaxTree.ParseText(File(i), new CSharpParseOptions(LanguageVersion.Latest), path: $"Feature{i}.cs"))
            .Append(CSharpSyntaxTree.ParseText(Usings, new CSharpParseOptions(LanguageVersion.Latest), path: "Usings.cs"));
        IEnumerable<MetadataReference> references = Basic.Reference.Assemblies.Net100.References.All.Cast<MetadataReference>()
            .Append(MetadataReference.CreateFromFile(typeof(AgoraApiAttribute).Assembly.Location))
            .Append(MetadataReference.CreateFromFile(typeof(Microsoft.Extensions.Configuration.IConfiguration).Assembly.Location))
            .Append(MetadataReference.CreateFromFile(typeof(Microsoft.Extensions.Primitives.StringValues).Assembly.Location))
            .Append(MetadataReference.CreateFromFile(typeof(Microsoft.Extensions.Logging.ILogger).Assembly.Location));
        return CSharpCompilation.Create(
            "Synthetic",
            trees,
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
    }

    /// <summary>The project-wide usings every feature file relies on.</summary>
    public const string Usings = """
        global using System;
        global using System.Collections.Generic;
        global using System.Threading;
        global using System.Threading.Tasks;
        global using Agora.Rest;
        global using Agora.Rest.Tokens;
        global using Microsoft.Extensions.Configuration;
        global using Microsoft.Extensions.Logging;
        """;

    /// <summary>Feature file <paramref name="i"/>: an API interface and the service that uses Agora credentials.</summary>
    public static string File(int i)
    {
        var methods = new StringBuilder();
        for (int m = 0; m < 10; m++)
        {
            methods.AppendLine($$"""
                    [Get("/dev/v1/channel/{appId}/items/{id}")]
                    Task<Item{{i}}> Get{{m}}Async(string appId, long id, [Query("page_no")] int page = 0, [Query] string[]? tags = null, CancellationToken cancellationToken = default);
                """);
        }

        return $$"""
            namespace Synthetic.Feature{{i}};

            public sealed record Item{{i}}(string Id, string Name, long Created);

            [AgoraApi("https://api.agora.io"), BasicAuth]
            public partial interface IApi{{i}}
            {
            {{methods}}
            }

            public sealed class Service{{i}}
            {
                private const string Prefix = "feature-{{i}}";
                private readonly IConfiguration _configuration;
                private readonly ILogger _logger;

                public Service{{i}}(IConfiguration configuration, ILogger logger)
                {
                    _configuration = configuration;
                    _logger = logger;
                }

                public AgoraCredentials Credentials() =>
                    AgoraCredentials.Basic(_configuration["Agora:CustomerId"]!, _configuration["Agora:CustomerSecret"]!);

                public string Token(string user)
                {
                    string appId = _configuration["Agora:AppId"]!;
                    string appCertificate = _configuration["Agora:AppCertificate"]!;
                    _logger.LogInformation("Issuing a token for {User} in {App}", user, appId);
                    return RtmTokenBuilder2.BuildToken(appId, appCertificate, user, 3600);
                }

                public string Describe(int count, string channel)
                {
                    string a = Prefix + "-a";
                    string b = a + "-b";
                    string c = $"{b}-c-{count}";
                    string d = string.Format("{0}/{1}", c, channel);
                    string e = string.Join(",", new[] { a, b, c, d });
                    string f = e.Length > 10 ? e.Substring(0, 10) : e;
                    string g = f + Prefix + "/" + channel + "/" + count;
                    _logger.LogDebug("Described {Text} and {Other}", g, d);
                    Console.WriteLine("Feature {{i}}: " + g);
                    if (count < 0)
                    {
                        throw new ArgumentOutOfRangeException(nameof(count), count, "The count of " + channel + " must not be negative.");
                    }

                    return $"https://api.agora.io/dev/v1/channel/{Uri.EscapeDataString(channel)}?page={count}&feature={{i}}";
                }
            }
            """;
    }
}
