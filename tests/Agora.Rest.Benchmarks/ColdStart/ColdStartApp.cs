using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Runtime.InteropServices;
using System.Threading;
using System.Threading.Tasks;
using Agora.Tests.Shared;

namespace Agora.Rest.Benchmarks.ColdStart;

/// <summary>
/// One run of an app: the process's wall time; the time the app measured itself from Main to the end of the
/// call, and its two parts, creating the client and making the call, each in wall and in CPU time; how many methods
/// the JIT compiled by the end and by the time the client existed, and in how long; and, in a run that counts them,
/// the types loaded in each part (<see cref="double.NaN"/> otherwise).
/// </summary>
internal readonly record struct ColdStartSample(
    double ProcessMs, double InProcessMs, double JitMethods, double JitMs,
    double CreatedMs, double CreatedJitMethods, double FirstCallMs,
    double CpuMs, double CreatedCpuMs, double FirstCallCpuMs,
    double CreatedTypes, double FirstCallTypes);

/// <summary>
/// One of the already built apps under tests/Agora.Rest.ColdStart, started as
/// <c>dotnet &lt;dll&gt; &lt;variant&gt; &lt;base-address&gt; &lt;expected-projects&gt;</c> once per sample. The harness never
/// builds them: a build in the middle of a measurement would be measured too.
/// </summary>
internal sealed class ColdStartApp
{
    public const string BuildCommand = "dotnet build tests/Agora.Rest.ColdStart -c Release";

    // Must match ColdStartSettings in the apps.
    private const string CustomerIdVariable = "AGORA_COLDSTART_CUSTOMER_ID";
    private const string CustomerSecretVariable = "AGORA_COLDSTART_CUSTOMER_SECRET";
    private const string CountTypeLoadsVariable = "AGORA_COLDSTART_COUNT_TYPE_LOADS"; // TypeLoadCounter in the apps

    private static readonly string[] s_timedFigures =
    {
        "elapsed-ms", "jit-methods", "jit-ms", "created-ms", "created-jit-methods", "first-call-ms", "cpu-ms", "created-cpu-ms", "first-call-cpu-ms",
    };
    private static readonly string[] s_typeFigures = { "created-types", "first-call-types" };

    private static readonly TimeSpan RunTimeout = TimeSpan.FromSeconds(60);

    private ColdStartApp(string dllPath, string dotnetPath)
    {
        DllPath = dllPath;
        DotnetPath = dotnetPath;
    }

    public string DllPath { get; }

    /// <summary>The dotnet host of the runtime this harness runs on, so that harness and apps use the same install.</summary>
    public string DotnetPath { get; }

    /// <param name="dllFromRoot">The app's Release build output, relative to the repository root.</param>
    public static ColdStartApp Locate(string dllFromRoot)
    {
        string root = RepositoryRoot.Find();

        string dll = Path.GetFullPath(Path.Combine(root, dllFromRoot));
        if (!File.Exists(dll))
        {
            throw new InvalidOperationException($"The cold-start app is not built: {dll} is missing. Run '{BuildCommand}' in {root} first.");
        }

        return new ColdStartApp(dll, FindDotnetHost());
    }

    /// <param name="countTypeLoads">
    /// Whether the app counts the types it loads; its event listener costs time, so such a run's times are not to be used.
    /// </param>
    public async Task<ColdStartSample> RunOnceAsync(string variant, Uri baseAddress, int expectedProjects, string customerId, string customerSecret, bool countTypeLoads = false)
    {
        var startInfo = new ProcessStartInfo(DotnetPath)
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            ArgumentList = { DllPath, variant, baseAddress.ToString(), expectedProjects.ToString(CultureInfo.InvariantCulture) },
        };

        // In the environment rather than on the command line, where any process listing would show them.
        startInfo.Environment[CustomerIdVariable] = customerId;
        startInfo.Environment[CustomerSecretVariable] = customerSecret;
        if (countTypeLoads)
        {
            startInfo.Environment[CountTypeLoadsVariable] = "1";
        }
        else
        {
            startInfo.Environment.Remove(CountTypeLoadsVariable); // inherited from the harness's own environment, it would slow timed runs
        }

        using var process = new Process { StartInfo = startInfo };
        using var timeout = new CancellationTokenSource(RunTimeout);

        long started = Stopwatch.GetTimestamp();
        process.Start();
        Task<string> output = process.StandardOutput.ReadToEndAsync(timeout.Token);
        Task<string> errors = process.StandardError.ReadToEndAsync(timeout.Token);
        try
        {
            await process.WaitForExitAsync(timeout.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new InvalidOperationException($"The {variant} run did not finish within {RunTimeout.TotalSeconds:0} s.");
        }

        double processMs = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        string stdout = await output.ConfigureAwait(false);
        string stderr = await errors.ConfigureAwait(false);

        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"The {variant} run exited with code {process.ExitCode}: {stderr.Trim()}");
        }

        Dictionary<string, double> figures = ParseFigures(variant, stdout, countTypeLoads ? s_timedFigures.Concat(s_typeFigures) : s_timedFigures);
        return new ColdStartSample(
            processMs, figures["elapsed-ms"], figures["jit-methods"], figures["jit-ms"],
            figures["created-ms"], figures["created-jit-methods"], figures["first-call-ms"],
            figures["cpu-ms"], figures["created-cpu-ms"], figures["first-call-cpu-ms"],
            figures.GetValueOrDefault("created-types", double.NaN), figures.GetValueOrDefault("first-call-types", double.NaN));
    }

    // The app prints one line of name=value pairs: "elapsed-ms=12.3 jit-methods=456 jit-ms=7.8 created-ms=2.1 ...".
    private static Dictionary<string, double> ParseFigures(string variant, string stdout, IEnumerable<string> required)
    {
        var figures = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (string pair in stdout.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            string[] parts = pair.Split('=', 2);
            if (parts.Length == 2 && double.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out double value))
            {
                figures[parts[0]] = value;
            }
        }

        string[] missing = required.Where(name => !figures.ContainsKey(name)).ToArray();
        if (missing.Length > 0)
        {
            throw new InvalidOperationException($"The {variant} run printed no {string.Join(", ", missing)}: '{stdout.Trim()}'. Rebuild the app: {BuildCommand}");
        }

        return figures;
    }

    // The shared runtime lives in <root>/shared/Microsoft.NETCore.App/<version>/, the host in <root>.
    private static string FindDotnetHost()
    {
        string hostName = RuntimeInformation.IsOSPlatform(OSPlatform.Windows) ? "dotnet.exe" : "dotnet";
        string runtimeDirectory = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        string host = Path.GetFullPath(Path.Combine(runtimeDirectory, "..", "..", "..", hostName));
        return File.Exists(host) ? host : hostName;
    }
}
