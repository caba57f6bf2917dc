using System;
using System.Diagnostics;
using System.Runtime;
using System.Threading.Tasks;

namespace Agora.ColdStart;

/// <summary>
/// Creates one client of the chosen variant, makes one call, checks the answer and prints one line:
/// <c>elapsed-ms</c>, the time from the first line of Main to the end of the call; <c>created-ms</c>, the part of it
/// from the start of the variant until its client existed, and <c>first-call-ms</c>, the rest; and what the JIT
/// compiled in the whole process by either point. Everything before Main (host, runtime start) shows only in the
/// wall time the harness measures around the process. Each time also comes as CPU time (<c>cpu-ms</c> and so on: the
/// process's, all threads, from <see cref="Environment.CpuUsage"/>), which other work on a shared machine disturbs far
/// less than it does wall time. In a run that counts type loads (<see cref="TypeLoadCounter"/>)
/// it adds the types loaded while creating the client and while making the call; that run's times are not used.
/// </summary>
internal static class Program
{
    private static async Task<int> Main(string[] args)
    {
        TypeLoadCounter.StartIfRequested();
        long started = Stopwatch.GetTimestamp();
        TimeSpan cpuStarted = Environment.CpuUsage.TotalTime;

        ColdStartSettings? settings = ColdStartSettings.Parse(args);
        if (settings is null)
        {
            Console.Error.WriteLine(ColdStartSettings.Usage(Variants.Names));
            return 2;
        }

        // The JSON context is the app's, the same for every variant: made here, so that the creation figures compare the
        // clients and not which variant touches the context first (hand-written code first needs it in the call).
        _ = ColdStartJsonContext.Default;

        Milestones.MarkVariantStarted();
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

        long ended = Stopwatch.GetTimestamp();
        TimeSpan cpuEnded = Environment.CpuUsage.TotalTime;
        long jitMethods = JitInfo.GetCompiledMethodCount();
        TimeSpan jitTime = JitInfo.GetCompilationTime();
        (int Creation, int FirstCall)? typeLoads = TypeLoadCounter.Active?.Finish();

        // A variant that skipped the work (or read it wrongly) must not produce a time.
        if (projects?.Projects is null || projects.Projects.Count != settings.ExpectedProjects || projects.Projects[0].Id is null)
        {
            Console.Error.WriteLine($"The {settings.Variant} call returned {projects?.Projects?.Count ?? 0} projects; expected {settings.ExpectedProjects}.");
            return 1;
        }

        if (Milestones.ClientCreated == 0)
        {
            Console.Error.WriteLine($"The {settings.Variant} variant never marked its client created (Milestones.MarkClientCreated).");
            return 1;
        }

        Console.WriteLine(FormattableString.Invariant(
            $"elapsed-ms={Stopwatch.GetElapsedTime(started, ended).TotalMilliseconds:F3} jit-methods={jitMethods} jit-ms={jitTime.TotalMilliseconds:F3} ") +
            FormattableString.Invariant(
            $"created-ms={Stopwatch.GetElapsedTime(Milestones.VariantStarted, Milestones.ClientCreated).TotalMilliseconds:F3} created-jit-methods={Milestones.JitMethodsAtClientCreated} ") +
            FormattableString.Invariant(
            $"first-call-ms={Stopwatch.GetElapsedTime(Milestones.ClientCreated, ended).TotalMilliseconds:F3} ") +
            FormattableString.Invariant(
            $"cpu-ms={(cpuEnded - cpuStarted).TotalMilliseconds:F3} created-cpu-ms={(Milestones.CpuAtClientCreated - Milestones.CpuAtVariantStarted).TotalMilliseconds:F3} first-call-cpu-ms={(cpuEnded - Milestones.CpuAtClientCreated).TotalMilliseconds:F3}") +
            (typeLoads is { } types ? FormattableString.Invariant($" created-types={types.Creation} first-call-types={types.FirstCall}") : ""));
        return 0;
    }
}
