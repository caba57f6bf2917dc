using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using Agora.Analyzers.Security.ConfigurationFiles;
using Agora.Analyzers.Security.Secrets;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace Agora.Analyzers.Security;

/// <summary>
/// AGR0005: an Agora secret or token in appsettings*.json, launchSettings.json or a *.config file (which the
/// package's props pass to the compiler as additional files); an error under wwwroot, which browsers download.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ConfigurationFileAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(SecurityRules.SecretInConfigurationFile);

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterAdditionalFileAction(Analyze);
    }

    private static void Analyze(AdditionalFileAnalysisContext context)
    {
        string path = context.AdditionalFile.Path;
        SecretOptions options = SecretOptions.From(context.Options.AnalyzerConfigOptionsProvider.GetOptions(context.AdditionalFile));
        if (options.Skips(path))
        {
            return;
        }

        IEnumerable<SettingValue> values;
        if (SettingsFile.IsJson(path))
        {
            values = JsonSettings.Read(Text(context));
        }
        else if (SettingsFile.IsXml(path))
        {
            values = XmlSettings.Read(Text(context));
        }
        else
        {
            return;
        }

        SourceText? source = context.AdditionalFile.GetText(context.CancellationToken);
        if (source is null)
        {
            return;
        }

        bool served = SettingsFile.IsServedToBrowsers(path);
        foreach (SettingValue setting in values)
        {
            if (Classify(setting, options) is not { } what)
            {
                continue;
            }

            var location = Location.Create(path, setting.Span, source.Lines.GetLinePositionSpan(setting.Span));
            context.ReportDiagnostic(Diagnostic.Create(
                SecurityRules.SecretInConfigurationFile,
                location,
                served ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
                additionalLocations: null,
                properties: null,
                what,
                Path.GetFileName(path),
                served ? ", which is under wwwroot and downloaded by every browser" : string.Empty));
        }
    }

    private static string? Classify(SettingValue setting, SecretOptions options)
    {
        if (AgoraTokenText.ContainsToken(setting.Value))
        {
            return "An Agora token";
        }

        if (SecretNames.Classify(setting.Key, options) is { } kind && SecretValues.HasCredentialShape(setting.Value))
        {
            return kind;
        }

        return CredentialText.Find(setting.Value)?.Kind;
    }

    private static string Text(AdditionalFileAnalysisContext context) =>
        context.AdditionalFile.GetText(context.CancellationToken)?.ToString() ?? string.Empty;
}
