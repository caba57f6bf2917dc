using System;
using System.Diagnostics;
using System.Runtime;

namespace Agora.ColdStart;

/// <summary>
/// The moment a variant's client exists, between the start of the variant and the end of its call: what the JIT had
/// compiled by then and how long creating the client took, so that creation and the first call are reported apart.
/// </summary>
internal static class Milestones
{
    /// <summary>When the variant was started (the first thing it does is create its client).</summary>
    public static long VariantStarted { get; private set; }

    /// <summary>When the variant's client was ready, or 0 if the variant never said.</summary>
    public static long ClientCreated { get; private set; }

    /// <summary>Methods the JIT had compiled in the whole process when the client was ready.</summary>
    public static long JitMethodsAtClientCreated { get; private set; }

    /// <summary>The process's CPU time (all threads) when the variant was started and when its client was ready.</summary>
    public static TimeSpan CpuAtVariantStarted { get; private set; }

    /// <inheritdoc cref="CpuAtVariantStarted"/>
    public static TimeSpan CpuAtClientCreated { get; private set; }

    public static void MarkVariantStarted()
    {
        TypeLoadCounter.Active?.Mark(TypeLoadCounter.Phase.Creation);
        CpuAtVariantStarted = Environment.CpuUsage.TotalTime;
        VariantStarted = Stopwatch.GetTimestamp();
    }

    /// <summary>Called by every variant right after it made its client and before it makes its call.</summary>
    public static void MarkClientCreated()
    {
        ClientCreated = Stopwatch.GetTimestamp();
        CpuAtClientCreated = Environment.CpuUsage.TotalTime;
        JitMethodsAtClientCreated = JitInfo.GetCompiledMethodCount();
        TypeLoadCounter.Active?.Mark(TypeLoadCounter.Phase.FirstCall);
    }
}
