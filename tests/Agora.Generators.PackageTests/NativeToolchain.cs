using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;

namespace Agora.Generators.PackageTests;

/// <summary>The C toolchain Native AOT links with: clang, found on PATH or installed from the distribution's packages.</summary>
public static class NativeToolchain
{
    // Debian installs versioned names (clang-14) beside, or instead of, the plain one.
    private static readonly string[] Candidates = new[] { "clang" }.Concat(Enumerable.Range(14, 8).Reverse().Select(v => $"clang-{v}")).ToArray();

    /// <summary>The name of a clang on PATH, installing Debian's <c>clang</c> package when there is none and the test runs as root.</summary>
    public static async Task<string> FindOrInstallClangAsync()
    {
        string? found = Find();
        if (found is not null)
        {
            return found;
        }

        if (OperatingSystem.IsLinux() && Environment.UserName == "root" && OnPath("apt-get") is not null)
        {
            var environment = new System.Collections.Generic.Dictionary<string, string> { ["DEBIAN_FRONTEND"] = "noninteractive" };
            (await DotNetCli.RunProgramAsync("apt-get", Path.GetTempPath(), environment, "update"))
                .EnsureSuccess("apt-get update (before installing clang)");
            (await DotNetCli.RunProgramAsync("apt-get", Path.GetTempPath(), environment, "install", "-y", "--no-install-recommends", "clang"))
                .EnsureSuccess("apt-get install clang (Native AOT links with it)");
            found = Find();
        }

        return found ?? throw new InvalidOperationException(
            "Native AOT needs clang on PATH (Debian: apt-get install clang); none was found and it could not be installed.");
    }

    private static string? Find() => Candidates.FirstOrDefault(name => OnPath(name) is not null);

    private static string? OnPath(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(directory => Path.Combine(directory, name))
            .FirstOrDefault(File.Exists);
}
