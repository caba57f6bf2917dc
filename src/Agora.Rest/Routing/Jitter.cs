using System;

namespace Agora.Rest.Routing;

/// <summary>
/// One random source for every client's waits. A new <see cref="Random"/> per call would be seeded from the clock on
/// .NET Framework, so calls failing together would wait in step, which jitter is there to prevent.
/// </summary>
internal static class Jitter
{
#if NET6_0_OR_GREATER
    public static double NextDouble() => Random.Shared.NextDouble();
#else
    private static readonly Random s_random = new();

    public static double NextDouble()
    {
        lock (s_random)
        {
            return s_random.NextDouble();
        }
    }
#endif
}
