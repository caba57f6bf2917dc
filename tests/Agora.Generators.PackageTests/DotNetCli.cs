using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Text;
using System.Threading.Tasks;

namespace Agora.Generators.PackageTests;

/// <summary>Runs the real <c>dotnet</c> CLI (or another program) and captures what it printed.</summary>
public static class DotNetCli
{
    public sealed record Result(int ExitCode, string Output)
    {
        public Result EnsureSuccess(string what)
        {
            Assert.True(ExitCode == 0, $"{what} failed with exit code {ExitCode}:\n{Output}");
            return this;
        }
    }

    public static Task<Result> RunAsync(string workingDirectory, IReadOnlyDictionary<string, string>? environment, params string[] arguments) =>
        RunProgramAsync("dotnet", workingDirectory, environment, arguments);

    /// <summary>Runs any program the same way (a published binary, a package manager), capturing what it printed.</summary>
    public static async Task<Result> RunProgramAsync(string program, string workingDirectory, IReadOnlyDictionary<string, string>? environment, params string[] arguments)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // No lingering build servers: they would outlive the test and hold the CI's output open.
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        start.Environment["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        foreach (KeyValuePair<string, string> pair in environment ?? new Dictionary<string, string>())
        {
            start.Environment[pair.Key] = pair.Value;
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {program}.");
        var output = new StringBuilder();
        Task stdout = PumpAsync(process.StandardOutput, output);
        Task stderr = PumpAsync(process.StandardError, output);
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(8));
        await Task.WhenAll(stdout, stderr);
        return new Result(process.ExitCode, output.ToString());
    }

    private static async Task PumpAsync(System.IO.StreamReader reader, StringBuilder output)
    {
        string? line;
        while ((line = await reader.ReadLineAsync()) is not null)
        {
            lock (output)
            {
                output.AppendLine(line);
            }
        }
    }
}
