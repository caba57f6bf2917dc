using System;
using System.Diagnostics;
using System.Runtime;
using System.Threading.Tasks;

namespace Agora.ColdStart;

/// <summary>
/// Creates one client of the chosen variant, makes one call, checks the answer and prints one line:
/// <c>elapsed-ms</c>, the time from the first line of Main to the end of the call, and what the JIT compiled
/// in the whole process up to then. Everything before Main (host, runtime start) shows only in the wall time
/// the harness measures around the process.
/// </summary>
internal static class Program
{
    private static async Task<int> Main(string[] args)
    {
        long started = Stopwatch.GetTimestamp();

        ColdStartSettings? settings = ColdStartSettings.Parse(args);
        if (settings is null)
        {
            Console.Error.WriteLine(ColdStartSettings.Usage(Variants.Names));
            return 2;
        }

        Task<ProjectList>? call = Variants.Start(settings.Variant, settings);
        if (call is null)
        {
            Console.Error.WriteLine($"This app has no variant '{settings.Variant}'. {ColdStartSettings.Usage(Variants.Names)}");
            return 2;
        }

        ProjectList projects;
        try
        {
            projects = await call.ConfigureAwait(false);
        }
#pragma warning disable CA1031 // Any failure is reported the same way: a message and a non-zero exit code.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            Console.Error.WriteLine($"The {settings.Variant} call failed: {exception.GetType().Name}: {exception.Message}");
            return 1;
        }

        TimeSpan elapsed = Stopwatch.GetElapsedTime(started);
        long jitMethods = JitInfo.GetCompiledMethodCount();
        TimeSpan jitTime = JitInfo.GetCompilationTime();

        // A variant that skipped the work (or read it wrongly) must not produce a time.
        if (projects?.Projects is null || projects.Projects.Count != settings.ExpectedProjects || projects.Projects[0].Id is null)
        {
            Console.Error.WriteLine($"The {settings.Variant} call returned {projects?.Projects?.Count ?? 0} projects; expected {settings.ExpectedProjects}.");
            return 1;
        }

        Console.WriteLine(FormattableString.Invariant(
            $"elapsed-ms={elapsed.TotalMilliseconds:F3} jit-methods={jitMethods} jit-ms={jitTime.TotalMilliseconds:F3}"));
        return 0;
    }
}
