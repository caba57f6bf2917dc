using System.Globalization;
using BenchmarkDotNet.Running;

// Harnesses that BenchmarkDotNet cannot express take a mode as the first argument; anything else goes to BenchmarkDotNet.
switch (args.Length > 0 ? args[0] : "")
{
    case "analyzer-cost": // analyzer-cost [files] [runs]
        await Agora.Analyzers.Cost.AnalyzerCostHarness.RunAsync(IntArgument(1, 1000), IntArgument(2, 5));
        return;
    case "editor-cost": // editor-cost [files] [samples] [rounds]
        await Agora.Analyzers.Cost.EditorCostHarness.RunAsync(IntArgument(1, 1000), IntArgument(2, 60), IntArgument(3, 5));
        return;
    case "build-cost": // build-cost [files] [runs]
        Agora.Rest.Benchmarks.BuildCost.BuildCostHarness.Run(IntArgument(1, 1000), IntArgument(2, 5));
        return;
    case "generator-cost":
        Agora.Rest.Benchmarks.GeneratorCost.GeneratorCostHarness.Run(args[1..]);
        return;
    case "load": // load [requests] [concurrency] [rounds]
        await Agora.Rest.Benchmarks.Load.LoadHarness.RunAsync(IntArgument(1, 20_000), IntArgument(2, 64), IntArgument(3, 5));
        return;
    case "per-call": // per-call [rounds]
        Agora.Rest.Benchmarks.PerCall.PerCallHarness.Run(IntArgument(1, 40));
        return;
    case "client-creation": // client-creation [rounds]
        Agora.Rest.Benchmarks.Creation.ClientCreationHarness.Run(IntArgument(1, 40));
        return;
    case "token-cost": // token-cost [rounds]
        Agora.Rest.Benchmarks.Tokens.TokenCostHarness.Run(IntArgument(1, 40));
        return;
    case "routing-cost": // routing-cost [rounds]
        Agora.Rest.Benchmarks.Routing.RoutingCostHarness.Run(IntArgument(1, 40));
        return;
    case "cold-start":
        await Agora.Rest.Benchmarks.ColdStart.ColdStartHarness.RunAsync(args[1..]);
        return;
    case "unrelated-scan": // unrelated-scan --sources <folder> [--list <file>]
        System.Environment.ExitCode = await Agora.Rest.Benchmarks.UnrelatedScan.UnrelatedScanHarness.RunAsync(args[1..]);
        return;
    default:
        BenchmarkSwitcher.FromAssembly(typeof(Agora.Rest.Benchmarks.TokenBenchmarks).Assembly).Run(args);
        return;
}

int IntArgument(int index, int fallback) => args.Length > index ? int.Parse(args[index], CultureInfo.InvariantCulture) : fallback;
