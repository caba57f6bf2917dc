using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit.Abstractions;

namespace Agora.Analyzers.Tests.CompilerRobustness;

/// <summary>
/// The generator, every analyzer and every code fix over every token prefix of 23 representative files and over
/// random single-token deletions from them: no exception anywhere (no AD0001, no CS8785), and whenever the input
/// compiles, the generated code compiles too. Over 5,000 compilations in all.
/// </summary>
public sealed class CompilerRobustnessTests(ITestOutputHelper output)
{
    private const int DeletionsPerFile = 30;

    private static int s_compilations;

    [Theory]
    [MemberData(nameof(RobustnessCorpus.Cases), MemberType = typeof(RobustnessCorpus))]
    public async Task Every_prefix_and_random_deletions_of_a_file_leave_the_compiler_whole(string file)
    {
        string source = RobustnessCorpus.Read(file);
        SyntaxToken[] tokens = CSharpSyntaxTree.ParseText(source).GetRoot().DescendantTokens().ToArray();
        var run = new RobustnessRun();
        bool wholeFileCompiles = false;

        for (int count = 0; count <= tokens.Length; count++)
        {
            bool compiles = await run.CheckAsync(count == tokens.Length ? source : source[..tokens[count].SpanStart], $"{file}, first {count} tokens");
            wholeFileCompiles = count == tokens.Length && compiles;
        }

        // The seed is the file name: a failure reproduces.
        var random = new Random(StableHash(file));
        for (int i = 0; i < DeletionsPerFile && tokens.Length > 0; i++)
        {
            SyntaxToken removed = tokens[random.Next(tokens.Length)];
            await run.CheckAsync(source.Remove(removed.SpanStart, removed.Span.Length), $"{file}, without token {removed.Text} at {removed.SpanStart}");
        }

        int total = Interlocked.Add(ref s_compilations, run.Compilations);
        output.WriteLine($"{file}: {run.Compilations} compilations ({run.CompilingInputs} compiling), {run.AnalyzerDiagnostics} analyzer diagnostics, {run.FixesComputed} fixes computed; {total} compilations so far");
        Assert.True(run.Failures.Count == 0, $"{run.Failures.Count} failures; the first:\n" + string.Join("\n\n", run.Failures.Take(3)));
        // The whole file must compile where it can, so that the generated code for it is checked at least there.
        Assert.True(wholeFileCompiles || !CompilesAlone(file), $"{file} does not compile as a whole: the check that generated code compiles did not run on it.");
    }

    [Fact]
    public void The_corpus_is_large_enough_for_5000_compilations()
    {
        int prefixes = RobustnessCorpus.Files.Sum(file => CSharpSyntaxTree.ParseText(RobustnessCorpus.Read(file)).GetRoot().DescendantTokens().Count() + 1);

        Assert.True(RobustnessCorpus.Files.Length >= 20, "At least 20 representative files.");
        Assert.True(prefixes + (RobustnessCorpus.Files.Length * DeletionsPerFile) >= 5000, $"Only {prefixes} prefixes.");
    }

    // Files that need ASP.NET Core, implicit usings, the JSON source generator, types from elsewhere in their project
    // or the runtime's internals never compile here; every other file must compile whole.
    private static bool CompilesAlone(string file) => !NeedsTheirProject.Any(part => file.Contains(part, StringComparison.Ordinal));

    private static readonly string[] NeedsTheirProject =
    {
        "Samples.Server", "BlazorWasm", "Samples.Tests", "Samples.Console/", "ResilienceApis.cs", "src/Agora.Rest/Credentials/",
    };

    private static int StableHash(string text)
    {
        int hash = 17;
        foreach (char c in text)
        {
            hash = unchecked((hash * 31) + c);
        }

        return hash;
    }
}
