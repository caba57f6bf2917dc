using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Agora.Rest.Benchmarks.AnalyzerCost;

/// <summary>
/// A synthetic server project: per file, a service that reads Agora credentials from configuration, builds
/// tokens, logs and composes strings (what the secret analyzers look at), and an [AgoraApi] interface with
/// ten methods (what the declaration analyzer looks at). Every tenth file also declares ids that look
/// generated (32 hex digits: a channel name, a correlation id and a neutrally named stage id) which the next file
/// uses, as real code shares such ids; the secret analyzer follows text of that shape, unless its name says it is
/// public, to its uses in other files, so the stage ids are the part of its work that searches the program. No secrets: the analyzers do their full work and report
/// nothing, as in a healthy project.
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

    /// <summary>Whether feature file <paramref name="i"/> declares the shared ids (<c>Lobby{i}</c>) that file <c>i + 1</c> uses.</summary>
    public static bool DeclaresSharedIds(int i) => i % 10 == 0;

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
            {{LobbyToken(i)}}
            }
            {{Lobby(i)}}
            """;
    }

    // Declared by every tenth file: ids that look generated and are no secrets. Two have names that say what they
    // are; the third's name says nothing (Stage), so the secret analyzer follows it to its uses in every file.
    private static string Lobby(int i) => !DeclaresSharedIds(i) ? "" : $$"""

        public static class Lobby{{i}}
        {
            public const string ChannelName = "{{HexId(3 * i)}}";
            public const string CorrelationId = "{{HexId(3 * i + 1)}}";
            public const string Stage = "{{HexId(3 * i + 2)}}";
        }
        """;

    // Used by the file after each that declares the ids: the channel a token is built for, and the trace id logged.
    private static string LobbyToken(int i) => i == 0 || !DeclaresSharedIds(i - 1) ? "" : $$"""

            public string LobbyToken(uint uid)
            {
                string appId = _configuration["Agora:AppId"]!;
                string appCertificate = _configuration["Agora:AppCertificate"]!;
                _logger.LogInformation("Joining {Channel}, trace {Trace}, stage {Stage}", Synthetic.Feature{{i - 1}}.Lobby{{i - 1}}.ChannelName, Synthetic.Feature{{i - 1}}.Lobby{{i - 1}}.CorrelationId, Synthetic.Feature{{i - 1}}.Lobby{{i - 1}}.Stage);
                return RtcTokenBuilder2.BuildTokenWithUid(appId, appCertificate, Synthetic.Feature{{i - 1}}.Lobby{{i - 1}}.ChannelName, uid, RtcTokenRole.Publisher, 3600, 3600);
            }
        """;

    // 32 hex digits, the same for a seed; without the runs and counting sequences the analyzers take for placeholders.
    private static string HexId(int seed)
    {
        var random = new Random(seed);
        var bytes = new byte[16];
        while (true)
        {
            random.NextBytes(bytes);
            string id = Convert.ToHexStringLower(bytes);
            if (!id.Contains("123456", StringComparison.Ordinal) && !id.Contains("abcdef", StringComparison.Ordinal)
                && !Enumerable.Range(0, id.Length - 5).Any(k => id.AsSpan(k, 6).IndexOfAnyExcept(id[k]) < 0))
            {
                return id;
            }
        }
    }
}
