using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using Agora.Rest.Benchmarks.PerCall;

namespace Agora.Rest.Benchmarks.ColdStart;

/// <summary>
/// Cold start: a fresh process creates one client and makes one call, for the generated client, hand-written
/// HttpClient code and Refit. Runs the prebuilt apps under tests/Agora.Rest.ColdStart against a local Kestrel
/// server, with the runtime's default settings (what users get):
/// <code>
/// dotnet build tests/Agora.Rest.ColdStart -c Release
/// dotnet run -c Release --project tests/Agora.Rest.Benchmarks -- cold-start [rounds]
/// </code>
/// </summary>
internal static class ColdStartHarness
{
    private const int DefaultRounds = 15;
    private const int MinimumRounds = 9; // a median of fewer process starts moves too much with the machine
    private const int ProjectCount = 5;
    private const int TypeLoadRounds = 3; // type counts barely vary from run to run; the median of three is plenty
    private const string Baseline = "hand-written";

    // Refit's variant is an app of its own: its source generator adds a module initializer that would load
    // and set up Refit in the processes of the other variants too.
    private const string AgoraApp = "tests/Agora.Rest.ColdStart/bin/Release/net10.0/Agora.Rest.ColdStart.dll";
    private const string RefitApp = "tests/Agora.Rest.ColdStart/Refit/bin/Release/net10.0/Agora.Rest.ColdStart.Refit.dll";

    // Each variant's name (the app's first argument) and the app that runs it.
    private static readonly (string Name, string App)[] Variants = { (Baseline, AgoraApp), ("generated", AgoraApp), ("refit", RefitApp) };

    public static async Task RunAsync(string[] args)
    {
        try
        {
            await MeasureAsync(ParseRounds(args)).ConfigureAwait(false);
        }
        catch (InvalidOperationException failure)
        {
            // Set-up problems and failed runs: the message says what to do; a stack trace would only hide it.
            Console.Error.WriteLine("cold-start: " + failure.Message);
            Environment.ExitCode = 1;
        }
    }

    private static async Task MeasureAsync(int rounds)
    {
        Dictionary<string, ColdStartApp> apps = Variants.Select(variant => variant.App).Distinct().ToDictionary(path => path, ColdStartApp.Locate);

        // Made up per run: nothing secret-looking is written down anywhere, and nothing is printed.
        string customerId = RandomHex(16);
        string customerSecret = RandomHex(16);
        string authorization = "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes(customerId + ":" + customerSecret));

        await using ProjectListServer server = await ProjectListServer.StartAsync(authorization, ProjectListJson()).ConfigureAwait(false);

        Console.WriteLine("## Cold start: a new process creates one client and makes one call (Basic GET /dev/v1/projects)");
        Console.WriteLine();
        foreach (string line in MachineDescription.Lines(apps[AgoraApp].DotnetPath))
        {
            Console.WriteLine(line);
        }

        Console.WriteLine($"Server: Kestrel at {server.BaseAddress}; {rounds} rounds after 1 discarded warm-up round, variants interleaved");
        string loadBefore = MachineDescription.LoadAverage();

        Dictionary<string, List<ColdStartSample>> samples = Variants.ToDictionary(variant => variant.Name, _ => new List<ColdStartSample>());

        // The warm-up round fills the disk cache and warms the server; its samples are dropped.
        for (int round = 0; round <= rounds; round++)
        {
            foreach ((string variant, string app) in VariantsInRound(round))
            {
                ColdStartSample sample = await RunCheckedAsync(apps[app], server, variant, customerId, customerSecret).ConfigureAwait(false);
                if (round > 0)
                {
                    samples[variant].Add(sample);
                }
            }
        }

        // Separate runs, after the timed ones: the listener that counts type loads costs time of its own.
        Dictionary<string, List<ColdStartSample>> typeSamples = Variants.ToDictionary(variant => variant.Name, _ => new List<ColdStartSample>());
        for (int round = 0; round < TypeLoadRounds; round++)
        {
            foreach ((string variant, string app) in VariantsInRound(round))
            {
                typeSamples[variant].Add(await RunCheckedAsync(apps[app], server, variant, customerId, customerSecret, countTypeLoads: true).ConfigureAwait(false));
            }
        }

        Console.WriteLine($"Load average (1, 5, 15 min) before: {loadBefore}; after: {MachineDescription.LoadAverage()}");
        Console.WriteLine();
        Console.Write(ColdStartReport.ToMarkdown(Variants.Select(variant => variant.Name).ToArray(), Baseline, samples, typeSamples));
    }

    // Round-robin, starting one later each round, so that slow drift and any effect of the variant run just
    // before fall on every variant alike.
    private static IEnumerable<(string Name, string App)> VariantsInRound(int round) =>
        Enumerable.Range(0, Variants.Length).Select(i => Variants[(round + i) % Variants.Length]);

    private static async Task<ColdStartSample> RunCheckedAsync(
        ColdStartApp app, ProjectListServer server, string variant, string customerId, string customerSecret, bool countTypeLoads = false)
    {
        int requestsBefore = server.Requests;
        int servedBefore = server.Served;

        ColdStartSample sample = await app.RunOnceAsync(variant, server.BaseAddress, ProjectCount, customerId, customerSecret, countTypeLoads).ConfigureAwait(false);

        int requests = server.Requests - requestsBefore;
        int served = server.Served - servedBefore;
        if (requests != 1 || served != 1)
        {
            throw new InvalidOperationException($"The {variant} run made {requests} request(s), {served} answered with projects; expected exactly one.");
        }

        return sample;
    }

    private static int ParseRounds(string[] args)
    {
        if (args.Length == 0)
        {
            return DefaultRounds;
        }

        if (!int.TryParse(args[0], NumberStyles.None, CultureInfo.InvariantCulture, out int rounds) || rounds < MinimumRounds)
        {
            throw new InvalidOperationException($"Rounds must be a whole number of at least {MinimumRounds}; got '{args[0]}'. Usage: cold-start [rounds]");
        }

        return rounds;
    }

    // The same shape the per-call benchmark answers with, so the two measure the same JSON.
    private static byte[] ProjectListJson()
    {
        var projects = new ProjectList(Enumerable.Range(1, ProjectCount)
            .Select(i => new Project(RandomHex(8), "project-" + i, RandomHex(16), 1, 1_700_000_000 + i))
            .ToList());
        return JsonSerializer.SerializeToUtf8Bytes(projects, BenchmarkJsonContext.Default.ProjectList);
    }

    private static string RandomHex(int bytes) => Convert.ToHexString(RandomNumberGenerator.GetBytes(bytes)).ToLowerInvariant();
}
