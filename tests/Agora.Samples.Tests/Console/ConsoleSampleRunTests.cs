using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using Agora.Generators.PackageTests;

namespace Agora.Samples.Console.Tests;

/// <summary>
/// samples/Agora.Samples.Console run for real, as the README's first command runs it: no Agora credentials in its
/// environment, so it starts the emulator and goes through every step to <c>Done.</c>.
/// </summary>
public sealed class ConsoleSampleRunTests
{
    private const string DemoAppId = "970CA35de60c44645bbae8a215061b33";

    [Fact]
    public async Task Offline_the_sample_goes_through_every_step_and_prints_Done()
    {
        // The sample as the test project's build copied it next to the tests; empty variables count as unset, so the
        // run is offline whatever the machine's environment holds.
        string sample = Path.Combine(AppContext.BaseDirectory, "Agora.Samples.Console.dll");
        var environment = new Dictionary<string, string>
        {
            ["AGORA_CUSTOMER_ID"] = string.Empty,
            ["AGORA_CUSTOMER_SECRET"] = string.Empty,
            ["AGORA_APP_ID"] = string.Empty,
        };

        DotNetCli.Result run = await DotNetCli.RunAsync(AppContext.BaseDirectory, environment, sample);

        run.EnsureSuccess("running the console sample");
        string[] lines = run.Output.Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.Length > 0).ToArray();
        Assert.StartsWith("No AGORA_CUSTOMER_ID / AGORA_CUSTOMER_SECRET set: using the offline Agora emulator", lines[0], StringComparison.Ordinal);
        Assert.Equal(new[]
        {
            $"1. Projects: Demo project (App ID {DemoAppId})",
            $"2. Channels of {DemoAppId}: lobby (3 users), stage (12 users) (total 2)",
            "3. Banned uid 42 from joining 'agora-generators-sample' for 1 minute: rule 1001",
            "4. Kicking rules now: 1",
            "5. Deleted rule 1001",
            "6. Signaling user events: alice Login, bob Login, bob Logout",
            "7. Messages from sample-bot: to alice: message_delivered; to channel lobby: message_sent",
        }, lines[1..8]);
        Assert.Matches("^8. Recording channel 'stage': sid [0-9A-F]{32}$", lines[8]);
        Assert.Equal("9. Recording status: 5 (InProgress)", lines[9]);
        string sid = Regex.Match(lines[8], "[0-9A-F]{32}$").Value;
        Assert.Equal($"10. Stopped; files uploaded: {sid}_stage.m3u8", lines[10]);
        Assert.StartsWith("11. With a wrong secret: GET /dev/v1/projects failed with HTTP 401 (Unauthorized): Invalid authentication credentials.", lines[11], StringComparison.Ordinal);
        Assert.DoesNotContain("not-the-secret", run.Output, StringComparison.Ordinal);

        // Conversational AI: an agent joins the recorded channel to talk with uid 100, runs, leaves.
        Match joined = Regex.Match(lines[12], "^12. Agent '(sample-agent-[0-9a-f]{8})' joined channel 'stage' as uid 1001 to talk with uid 100: agent ([0-9A-F]{32}) \\(RUNNING\\)$");
        Assert.True(joined.Success, lines[12]);
        Assert.Matches("^13. Agent status: RUNNING since [0-2][0-9]:[0-5][0-9]:[0-5][0-9] UTC$", lines[13]);
        Assert.Equal("14. Agent left the channel: STOPPED", lines[14]);

        Assert.Equal("Done.", lines[15]);
        Assert.Equal(16, lines.Length);
    }
}
