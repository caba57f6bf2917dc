using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;

namespace Agora.Rest.Benchmarks.BuildCost;

/// <summary>Runs the real <c>dotnet</c> CLI, timing it and keeping what it printed.</summary>
internal static class DotNetProcess
{
    // GNU time, where there is one: reports the CPU time of the build and every process under it (MSBuild
    // nodes, the compiler), which varies far less than wall time on a shared machine.
    private const string GnuTime = "/usr/bin/time";

    private const string CpuTimeMarker = "cpu-seconds=";

    public sealed record Result(int ExitCode, string Output, TimeSpan Elapsed, TimeSpan? CpuTime = null)
    {
        public Result EnsureSuccess(string what) => ExitCode == 0
            ? this
            : throw new InvalidOperationException($"{what} failed with exit code {ExitCode}:\n{Output}");
    }

    public static Result Run(string workingDirectory, params string[] arguments) => Run(workingDirectory, null, arguments);

    public static Result Run(string workingDirectory, IReadOnlyDictionary<string, string>? environment, params string[] arguments) =>
        Start("dotnet", workingDirectory, environment, arguments);

    /// <summary>As <see cref="Run(string, IReadOnlyDictionary{string, string}?, string[])"/>, also measuring CPU time where GNU time is installed.</summary>
    public static Result RunMeasuringCpu(string workingDirectory, IReadOnlyDictionary<string, string>? environment, params string[] arguments)
    {
        if (!File.Exists(GnuTime))
        {
            return Run(workingDirectory, environment, arguments);
        }

        Result result = Start(GnuTime, workingDirectory, environment, new[] { "-f", CpuTimeMarker + "%U %S", "dotnet" }.Concat(arguments).ToArray());
        string? line = result.Output.Split('\n').LastOrDefault(l => l.StartsWith(CpuTimeMarker, StringComparison.Ordinal));
        if (line is null)
        {
            return result;
        }

        double[] seconds = line.Substring(CpuTimeMarker.Length).Trim().Split(' ')
            .Select(part => double.Parse(part, NumberStyles.Float, CultureInfo.InvariantCulture)).ToArray();
        return result with { CpuTime = TimeSpan.FromSeconds(seconds.Sum()) };
    }

    private static Result Start(string fileName, string workingDirectory, IReadOnlyDictionary<string, string>? environment, string[] arguments)
    {
        var start = new ProcessStartInfo(fileName)
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

        // MSBuild nodes must not outlive a run (they would carry state into the next); the compiler server may,
        // as it does on a developer's machine.
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        start.Environment["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        foreach (KeyValuePair<string, string> pair in environment ?? new Dictionary<string, string>())
        {
            start.Environment[pair.Key] = pair.Value;
        }

        var output = new StringBuilder();
        var stopwatch = Stopwatch.StartNew();
        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => Append(output, e.Data);
        process.ErrorDataReceived += (_, e) => Append(output, e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        process.WaitForExit();
        return new Result(process.ExitCode, output.ToString(), stopwatch.Elapsed);
    }

    private static void Append(StringBuilder output, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (output)
        {
            output.AppendLine(line);
        }
    }
}
