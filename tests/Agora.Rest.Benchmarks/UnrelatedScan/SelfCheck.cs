using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Threading.Tasks;

namespace Agora.Rest.Benchmarks.UnrelatedScan;

/// <summary>
/// Before the real scan, the same harness scans a small planted repository that must get AGR0001 (an App
/// Certificate in code), AGR0003 (Basic credentials in a WPF app, found through the build properties) and AGR0005
/// (a Customer Secret in appsettings.json, found through the additional files). A scan that reports nothing
/// only means something if it is shown to see these. The values are drawn on every run, in a temporary folder.
/// </summary>
internal static class SelfCheck
{
    private static readonly string[] Expected = { "AGR0001", "AGR0003", "AGR0005" };

    public static async Task<bool> PassesAsync(ChunkScanner scanner)
    {
        string root = Path.Combine(Path.GetTempPath(), "agora-unrelated-scan-" + Guid.NewGuid().ToString("N"));
        try
        {
            Plant(root);
            RepositoryLayout layout = SourceLayout.Read(root);
            var rules = new HashSet<string>(StringComparer.Ordinal);
            foreach (ScanChunk chunk in layout.Chunks)
            {
                (IReadOnlyList<Finding> findings, IReadOnlyList<AnalyzerFailure> failures) = await scanner.ScanAsync(root, chunk).ConfigureAwait(false);
                rules.UnionWith(findings.Select(f => f.Rule));
                rules.UnionWith(failures.Select(_ => "exception"));
            }

            bool passes = rules.SetEquals(Expected);
            Console.WriteLine($"Self-check on a planted repository: expected {string.Join(", ", Expected)}, got {(rules.Count == 0 ? "none" : string.Join(", ", rules.Order(StringComparer.Ordinal)))}: {(passes ? "passed" : "FAILED")}");
            return passes;
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    private static void Plant(string root)
    {
        Write(root, "Server/Server.csproj", """<Project Sdk="Microsoft.NET.Sdk.Web"><PropertyGroup><TargetFramework>net10.0</TargetFramework></PropertyGroup></Project>""");
        Write(root, "Server/Tokens.cs", $$"""
            public static class Tokens
            {
                private const string AppCertificate = "{{Hex()}}";

                public static string Make(string appId) => Agora.Rest.Tokens.RtmTokenBuilder2.BuildToken(appId, AppCertificate, "user", 3600);
            }
            """);
        Write(root, "Server/appsettings.json", $$"""{ "Agora": { "CustomerId": "{{Hex()}}", "CustomerSecret": "{{Hex()}}" } }""");
        Write(root, "Desk/Desk.csproj", """<Project Sdk="Microsoft.NET.Sdk"><PropertyGroup><TargetFramework>net10.0-windows</TargetFramework><UseWPF>true</UseWPF></PropertyGroup></Project>""");
        Write(root, "Desk/App.cs", """
            public static class App
            {
                public static object Credentials(Microsoft.Extensions.Configuration.IConfiguration c) =>
                    Agora.Rest.AgoraCredentials.Basic(c["Agora:CustomerId"]!, c["Agora:CustomerSecret"]!);
            }
            """);
    }

    private static void Write(string root, string path, string text)
    {
        string file = Path.Combine(root, path);
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        File.WriteAllText(file, text);
    }

    /// <summary>32 random hex digits, redrawn while they look made up (runs, repeats), which the detectors rightly skip.</summary>
    private static string Hex()
    {
        while (true)
        {
            string hex = RandomNumberGenerator.GetHexString(32, lowercase: true);
            bool madeUp = Enumerable.Range(0, hex.Length - 3).Any(i =>
                (hex[i] == hex[i + 1] && hex[i] == hex[i + 2] && hex[i] == hex[i + 3])
                || (hex[i + 1] == hex[i] + 1 && hex[i + 2] == hex[i] + 2 && hex[i + 3] == hex[i] + 3));
            if (!madeUp && hex.Distinct().Count() >= 10)
            {
                return hex;
            }
        }
    }
}
