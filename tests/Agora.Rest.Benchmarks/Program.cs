using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(Agora.Rest.Benchmarks.TokenBenchmarks).Assembly).Run(args);
