using System;
using BenchmarkDotNet.Running;

// "analyzer-cost [files] [runs]" measures the analyzers on a synthetic project; anything else goes to BenchmarkDotNet.
if (args.Length > 0 && args[0] == "analyzer-cost")
{
    int files = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 1000;
    int runs = args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 5;
    await Agora.Analyzers.Cost.AnalyzerCostHarness.RunAsync(files, runs);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Agora.Rest.Benchmarks.TokenBenchmarks).Assembly).Run(args);
