using System;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Agora.Rest.Benchmarks.UnrelatedScan;

/// <summary>
/// Every analyzer the Agora.Analyzers assembly ships, found by reflection so that a rule added later is
/// scanned without touching the harness.
/// </summary>
internal static class PackageAnalyzers
{
    public static ImmutableArray<DiagnosticAnalyzer> All() =>
        typeof(Agora.Analyzers.Security.HardCodedSecretAnalyzer).Assembly.GetTypes()
            .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t))
            .OrderBy(t => t.FullName, StringComparer.Ordinal)
            .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)
            .ToImmutableArray();
}
