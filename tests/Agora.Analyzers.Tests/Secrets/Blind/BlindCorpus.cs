using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Agora.Tests.Shared;
using Microsoft.CodeAnalysis.CSharp;

namespace Agora.Analyzers.Tests.Secrets.Blind;

/// <summary>
/// The blind corpus (Secrets/Blind): cases written and labelled without running the analyzers. <c>open</c> is read
/// and scored while the analyzers change; <c>sealed</c> is scored once, at the end, as the figure to expect.
/// </summary>
internal static class BlindCorpus
{
    public const string Open = "open";
    public const string Sealed = "sealed";

    /// <summary>A second sealed set, written after the first was scored, to measure the work that followed blind.</summary>
    public const string SecondSealed = "sealed-2";

    /// <summary>
    /// A third sealed set, modelled only on public code found for it (no list of shapes to cover), to measure the
    /// value-flow work blind once more.
    /// </summary>
    public const string ThirdSealed = "sealed-3";

    /// <summary>A fourth sealed set, modelled on public code mostly from repositories the earlier sets did not draw on, to measure generalisation blind.</summary>
    public const string FourthSealed = "sealed-4";

    /// <summary>A fifth sealed set, modelled on public code from repositories the earlier sets did not draw on, to measure generalisation blind once more.</summary>
    public const string FifthSealed = "sealed-5";

    /// <summary>The cases of one set, placeholders filled with values drawn for this call.</summary>
    public static IReadOnlyList<BlindCase> Load(string set)
    {
        string folder = Path.Combine(RepositoryRoot.Find(), "tests", "Agora.Analyzers.Tests", "Secrets", "Blind", set);
        string[] paths = Directory.GetFiles(folder, "*.case").OrderBy(p => p, StringComparer.Ordinal).ToArray();
        if (paths.Length == 0)
        {
            throw new InvalidOperationException($"No blind cases in Secrets/Blind/{set}.");
        }

        return paths.Select(path =>
        {
            string id = Path.GetFileNameWithoutExtension(path);
            return BlindCase.Parse(id, SecretCorpus.Substitute(id, File.ReadAllText(path), out _));
        }).ToList();
    }

    /// <summary>One case, alone: its files are compiled together and with nothing else.</summary>
    public static CSharpCompilation Compile(BlindCase @case) =>
        SecretCorpus.CompileFiles("Blind_" + @case.Id.Replace('-', '_'), @case.Files.Select(f => (f.Name, f.Text)));
}
