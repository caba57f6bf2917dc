using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.IO;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace Agora.Rest.Benchmarks.UnrelatedScan;

/// <summary>
/// What the compiler would hand the analyzers in a build of the project: its build properties as global
/// build_property.* options, nothing per file (the scanned repositories' .editorconfig files are not read, so
/// no rule is turned off for them), and the settings files as additional files.
/// </summary>
internal static class ScanAnalyzerOptions
{
    public static AnalyzerOptions For(ProjectProperties properties, IEnumerable<string> settingsFiles) =>
        new(
            settingsFiles.Select(f => (AdditionalText)new SettingsText(f)).ToImmutableArray(),
            new Provider(new Options(properties.Values.ToDictionary(p => "build_property." + p.Key, p => p.Value))));

    private sealed class Provider(AnalyzerConfigOptions global) : AnalyzerConfigOptionsProvider
    {
        private static readonly AnalyzerConfigOptions Empty = new Options(new Dictionary<string, string>());

        public override AnalyzerConfigOptions GlobalOptions => global;

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Empty;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => Empty;
    }

    private sealed class Options(Dictionary<string, string> values) : AnalyzerConfigOptions
    {
        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);
    }

    /// <summary>A settings file read when an analyzer asks for it, as the compiler does.</summary>
    private sealed class SettingsText(string path) : AdditionalText
    {
        public override string Path { get; } = path;

        public override SourceText? GetText(CancellationToken cancellationToken = default)
        {
            using FileStream stream = File.OpenRead(Path);
            return SourceText.From(stream);
        }
    }
}
