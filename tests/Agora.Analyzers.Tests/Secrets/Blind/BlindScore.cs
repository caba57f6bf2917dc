using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace Agora.Analyzers.Tests.Secrets.Blind;

/// <summary>True and false positives and false negatives, with the ratios they give.</summary>
internal sealed record Counts(int TruePositives, int FalsePositives, int FalseNegatives)
{
    public double Precision => Ratio(TruePositives, TruePositives + FalsePositives);

    public double Recall => Ratio(TruePositives, TruePositives + FalseNegatives);

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"precision {Precision:0.000}, recall {Recall:0.000} (TP {TruePositives}, FP {FalsePositives}, FN {FalseNegatives})");

    private static double Ratio(int part, int whole) => whole == 0 ? 1 : (double)part / whole;
}

/// <summary>
/// How the AGR0001/AGR0002 findings on a set of blind cases compare with their labels, at two grains:
/// <list type="bullet">
/// <item><b>File</b>: each file of each case is a positive when it writes an expected secret; it is found when the
/// rules report anything in it.</item>
/// <item><b>Line</b>: each expected secret is found by a finding of its rule on (one of) the lines where it is
/// written, the place its fix goes; every other finding, a second one on the same secret included, is false.</item>
/// </list>
/// </summary>
internal sealed record BlindScore(Counts Files, Counts Lines, ImmutableArray<string> Misses)
{
    public static BlindScore Of(IEnumerable<(BlindCase Case, ImmutableArray<Diagnostic> Findings)> results)
    {
        int fileTp = 0, fileFp = 0, fileFn = 0, lineTp = 0, lineFp = 0, lineFn = 0;
        var misses = new List<string>();
        foreach (var (@case, findings) in results)
        {
            foreach (BlindFile file in @case.Files)
            {
                bool expected = @case.Expected.Any(s => s.File == file.Name);
                bool reported = findings.Any(d => In(d, file.Name));
                fileTp += expected && reported ? 1 : 0;
                fileFp += !expected && reported ? 1 : 0;
                fileFn += expected && !reported ? 1 : 0;
            }

            var unmatched = findings.ToList();
            foreach (BlindSecret secret in @case.Expected)
            {
                Diagnostic? match = unmatched.FirstOrDefault(d => d.Id == secret.Rule && In(d, secret.File) && secret.Lines.Contains(LineOf(d)));
                if (match is null)
                {
                    lineFn++;
                    misses.Add($"missed   {@case.Id}: {secret.Rule} at {secret.File}:{string.Join(",", secret.Lines)}");
                }
                else
                {
                    lineTp++;
                    unmatched.Remove(match);
                }
            }

            lineFp += unmatched.Count;
            misses.AddRange(unmatched.Select(d => $"spurious {@case.Id}: {d.Id} at {d.Location.SourceTree?.FilePath}:{LineOf(d)}"));
        }

        return new BlindScore(new Counts(fileTp, fileFp, fileFn), new Counts(lineTp, lineFp, lineFn), misses.ToImmutableArray());
    }

    private static bool In(Diagnostic diagnostic, string file) => diagnostic.Location.SourceTree?.FilePath == file;

    private static int LineOf(Diagnostic diagnostic) => diagnostic.Location.GetLineSpan().StartLinePosition.Line + 1;
}
