using System;
using System.Net;
using System.Threading.Tasks;
using Xunit;

namespace Agora.Rest.Testing.Tests;

/// <summary>A minimal Conversational AI: join, query, leave, with Agora's {detail, reason} errors.</summary>
public sealed class ConversationalAiTests : EmulatorTest
{
    public ConversationalAiTests()
        : base(new DateTimeOffset(2026, 11, 29, 11, 0, 0, TimeSpan.Zero), "Alpha")
    {
    }

    private string AppId => Account.Apps[0].AppId;

    private ConversationalAiApiClient Api => new(Http, Credentials);

    // The RTC token the agent joins with comes from the user's server; its value does not matter to the emulator.
    private static StartAgent Request(string name = "helper", string channel = "support") =>
        new(name, new AgentProperties(channel, "007" + EmulatorAccount.RandomHex(20), "1001", new[] { "*" }));

    [Fact]
    public async Task An_agent_runs_from_join_until_it_leaves_and_stays_queryable_as_stopped()
    {
        AgentStarted started = await Api.JoinAsync(AppId, Request());
        AgentState running = await Api.QueryAsync(AppId, started.AgentId);
        Time.Advance(TimeSpan.FromMinutes(5));
        await Api.LeaveAsync(AppId, started.AgentId);
        AgentState stopped = await Api.QueryAsync(AppId, started.AgentId);

        Assert.Equal("RUNNING", started.Status);
        Assert.Equal(Time.GetUtcNow().AddMinutes(-5).ToUnixTimeSeconds(), started.CreateTs);
        Assert.Equal(("helper", "RUNNING", (long?)null), (running.Name, running.Status, running.StopTs));
        Assert.Equal(("STOPPED", Time.GetUtcNow().ToUnixTimeSeconds()), (stopped.Status, stopped.StopTs));
    }

    [Fact]
    public async Task A_name_is_unique_among_the_running_agents_of_a_channel()
    {
        AgentStarted first = await Api.JoinAsync(AppId, Request());

        AgoraApiException conflict = await Assert.ThrowsAsync<AgoraApiException>(() => Api.JoinAsync(AppId, Request()));
        AgentStarted elsewhere = await Api.JoinAsync(AppId, Request(channel: "sales"));
        await Api.LeaveAsync(AppId, first.AgentId);
        AgentStarted again = await Api.JoinAsync(AppId, Request());

        Assert.Equal(HttpStatusCode.Conflict, conflict.StatusCode);
        Assert.Equal("AgentConflict", conflict.Reason);
        Assert.NotEqual(first.AgentId, elsewhere.AgentId);
        Assert.NotEqual(first.AgentId, again.AgentId);
    }

    [Fact]
    public async Task Leaving_twice_or_an_unknown_agent_is_404()
    {
        AgentStarted started = await Api.JoinAsync(AppId, Request());
        await Api.LeaveAsync(AppId, started.AgentId);

        AgoraApiException twice = await Assert.ThrowsAsync<AgoraApiException>(() => Api.LeaveAsync(AppId, started.AgentId));
        AgoraApiException unknown = await Assert.ThrowsAsync<AgoraApiException>(() => Api.QueryAsync(AppId, "no-such-agent"));

        Assert.Equal(HttpStatusCode.NotFound, twice.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(("agent not found or has exited", "AgentNotFound"), (unknown.ErrorMessage, unknown.Reason));
    }

    [Fact]
    public async Task A_join_without_a_channel_is_400_naming_the_field()
    {
        AgoraApiException error = await Assert.ThrowsAsync<AgoraApiException>(() => Api.JoinAsync(AppId, Request(channel: string.Empty)));

        Assert.Equal(HttpStatusCode.BadRequest, error.StatusCode);
        Assert.Equal("InvalidRequest", error.Reason);
        Assert.Contains("properties.channel", error.Message, StringComparison.Ordinal);
    }
}
