using System;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;

namespace Agora.Rest.Benchmarks.BuildCost;

/// <summary>The figures this harness needs from the compiler's <c>-p:ReportAnalyzer=true</c> output.</summary>
internal sealed record AnalyzerReport(TimeSpan TotalAnalyzers, TimeSpan? AgoraAnalyzers, TimeSpan AgoraGenerator, string AgoraLines)
{
    // The report's lines for the package's assemblies and their analyzers, as printed.
    private static readonly Regex AgoraLine = new(@"^\s*[0-9.]+\s+\S+\s+Agora\.\S+.*$", RegexOptions.CultureInvariant | RegexOptions.Multiline);

    // "Total analyzer execution time: 12.345 seconds."
    private static readonly Regex TotalAnalyzerTime = new(@"Total analyzer execution time: (?<s>[0-9.]+) seconds", RegexOptions.CultureInvariant);

    // An assembly line of the report: "   0.123   12   Agora.Analyzers, Version=0.1.0.0, ...".
    private static readonly Regex AnalyzerAssembly = new(@"^\s*(?<s>[0-9.]+)\s+\S+\s+Agora\.Analyzers, Version=", RegexOptions.CultureInvariant | RegexOptions.Multiline);

    private static readonly Regex GeneratorAssembly = new(@"^\s*(?<s>[0-9.]+)\s+\S+\s+Agora\.Generators, Version=", RegexOptions.CultureInvariant | RegexOptions.Multiline);

    public static AnalyzerReport Parse(string buildOutput)
    {
        Match total = TotalAnalyzerTime.Match(buildOutput);
        Match generator = GeneratorAssembly.Match(buildOutput);
        if (!total.Success || !generator.Success)
        {
            throw new InvalidOperationException("The build printed no analyzer report (is -p:ReportAnalyzer=true passed, at -v:d or above?); it ends:\n" + Tail(buildOutput));
        }

        Match analyzers = AnalyzerAssembly.Match(buildOutput);
        string agoraLines = string.Join(Environment.NewLine, AgoraLine.Matches(buildOutput).Select(m => m.Value.TrimEnd()).Distinct());
        return new AnalyzerReport(Seconds(total), analyzers.Success ? Seconds(analyzers) : null, Seconds(generator), agoraLines);
    }

    private static string Tail(string output) => output.Length <= 4000 ? output : output[^4000..];

    private static TimeSpan Seconds(Match match) =>
        TimeSpan.FromSeconds(double.Parse(match.Groups["s"].Value, NumberStyles.Float, CultureInfo.InvariantCulture));
}
