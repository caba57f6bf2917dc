using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Agora.Rest.Tokens;
using Microsoft.Extensions.Time.Testing;
using static Agora.Rest.Tests.Tokens.OfficialVectors;

namespace Agora.Rest.Tests.Tokens;

/// <summary>Server-side providers: cached, renewed inside the margin, one renewal at a time, on a fake clock.</summary>
public sealed class TokenProviderTests
{
    private static readonly DateTimeOffset Start = DateTimeOffset.FromUnixTimeSeconds(1_800_000_000);

    private static TokenProviderOptions Options(FakeTimeProvider clock) => new()
    {
        Lifetime = TimeSpan.FromMinutes(10),
        RenewalMargin = TimeSpan.FromMinutes(2),
        TimeProvider = clock,
    };

    [Fact]
    public async Task Signaling_tokens_are_cached_until_the_margin_then_renewed()
    {
        var clock = new FakeTimeProvider(Start);
        var provider = new SignalingTokenProvider(AppId, AppCertificate, UserId, Options(clock));

        AgoraToken first = await provider.GetTokenAsync(CancellationToken.None);
        clock.Advance(TimeSpan.FromMinutes(8) - TimeSpan.FromSeconds(1));
        AgoraToken cached = await provider.GetTokenAsync(CancellationToken.None);
        clock.Advance(TimeSpan.FromSeconds(1));
        AgoraToken renewed = await provider.GetTokenAsync(CancellationToken.None);

        Assert.Same(first, cached);
        Assert.NotEqual(first.Value, renewed.Value);
        Assert.Equal(2, provider.TokensBuilt);
        Assert.Equal(UserId, renewed.Uid);
        Assert.Equal(Start.AddMinutes(18), renewed.ExpiresAt);

        AccessToken2 parsed = AccessToken2.Parse(renewed.Value);
        Assert.True(parsed.VerifySignature(AppCertificate));
        Assert.Equal(Start.AddMinutes(8), parsed.IssuedAt);
        Assert.Equal(600u, parsed.ExpireSeconds);
        var rtm = Assert.IsType<RtmService>(Assert.Single(parsed.Services));
        Assert.Equal((UserId, 600u), (rtm.UserId, rtm.GetPrivilegeExpire((ushort)RtmPrivilege.Login)!.Value));
    }

    [Theory]
    [InlineData(RtcTokenRole.Publisher, 4)]
    [InlineData(RtcTokenRole.Subscriber, 1)]
    public async Task Rtc_tokens_carry_the_channel_uid_and_role(RtcTokenRole role, int privileges)
    {
        var clock = new FakeTimeProvider(Start);
        var provider = new RtcTokenProvider(AppId, AppCertificate, Channel, Uid, role, Options(clock));

        AgoraToken token = await provider.GetTokenAsync(CancellationToken.None);

        var rtc = Assert.IsType<RtcService>(Assert.Single(AccessToken2.Parse(token.Value).Services));
        Assert.Equal((Channel, UidText), (rtc.ChannelName, rtc.Uid));
        Assert.Equal(privileges, rtc.Privileges.Count);
        Assert.All(rtc.Privileges, p => Assert.Equal(600u, p.Expire));
        Assert.Equal(UidText, token.Uid);
    }

    [Fact]
    public async Task A_uid_of_zero_builds_an_any_uid_token_and_still_sends_a_uid_header()
    {
        var provider = new RtcTokenProvider(AppId, AppCertificate, Channel, 0u);

        AgoraToken token = await provider.GetTokenAsync(CancellationToken.None);

        Assert.Equal(string.Empty, ((RtcService)AccessToken2.Parse(token.Value).Services[0]).Uid);
        Assert.Equal("0", token.Uid);
    }

    [Fact]
    public async Task Concurrent_callers_at_the_renewal_point_cause_exactly_one_renewal()
    {
        var clock = new FakeTimeProvider(Start);
        var provider = new SignalingTokenProvider(AppId, AppCertificate, UserId, Options(clock));
        AgoraToken old = await provider.GetTokenAsync(CancellationToken.None);
        clock.Advance(TimeSpan.FromMinutes(9));

        // Dedicated threads, released together, so the callers really race (the pool would trickle them in).
        const int Callers = 16;
        using var start = new Barrier(Callers);
        var seen = new System.Collections.Concurrent.ConcurrentBag<string>();
        Thread[] threads = Enumerable.Range(0, Callers).Select(_ => new Thread(() =>
        {
            start.SignalAndWait();
            for (int i = 0; i < 200; i++)
            {
                seen.Add(provider.GetTokenAsync(CancellationToken.None).AsTask().GetAwaiter().GetResult().Value);
            }
        })).ToArray();
        Array.ForEach(threads, t => t.Start());
        Array.ForEach(threads, t => t.Join());
        AgoraToken renewed = await provider.GetTokenAsync(CancellationToken.None);

        Assert.Equal(2, provider.TokensBuilt);
        Assert.NotEqual(old.Value, renewed.Value);
        Assert.All(seen, value => Assert.True(value == old.Value || value == renewed.Value));
    }

    [Fact]
    public async Task While_one_caller_renews_others_keep_the_still_valid_token_and_wait_only_once_it_expired()
    {
        var clock = new FakeTimeProvider(Start);
        using var release = new ManualResetEventSlim(initialState: true);
        using var renewing = new ManualResetEventSlim();
        int built = 0;
        var source = new RenewingTokenSource(
            (issue, lifetime) =>
            {
                int n = Interlocked.Increment(ref built);
                if (n > 1)
                {
                    renewing.Set();
                    release.Wait();
                }

                return new AgoraToken("token" + n, ExpiresAt: issue.IssuedAt.AddSeconds(lifetime));
            },
            Options(clock));

        Assert.Equal("token1", source.Current().Value);
        release.Reset();
        clock.Advance(TimeSpan.FromMinutes(9));
        Task<AgoraToken> renewal = Task.Run(source.Current);
        Assert.True(renewing.Wait(TimeSpan.FromSeconds(10)));

        Assert.Equal("token1", source.Current().Value);
        clock.Advance(TimeSpan.FromMinutes(2));
        Task<AgoraToken> waiting = Task.Run(source.Current);
        Assert.NotSame(waiting, await Task.WhenAny(waiting, Task.Delay(200)));

        release.Set();
        Assert.Equal("token2", (await renewal).Value);
        Assert.Equal("token2", (await waiting).Value);
        Assert.Equal(2, built);
    }

    [Fact]
    public void A_failed_renewal_keeps_serving_the_still_valid_token_and_surfaces_once_it_expired()
    {
        var clock = new FakeTimeProvider(Start);
        int calls = 0;
        var source = new RenewingTokenSource(
            (issue, lifetime) => ++calls == 1
                ? new AgoraToken("token1", ExpiresAt: issue.IssuedAt.AddSeconds(lifetime))
                : throw new InvalidOperationException("signing service down"),
            Options(clock));

        Assert.Equal("token1", source.Current().Value);
        clock.Advance(TimeSpan.FromMinutes(9));
        Assert.Equal("token1", source.Current().Value);
        clock.Advance(TimeSpan.FromMinutes(2));

        Assert.Equal("signing service down", Assert.Throws<InvalidOperationException>(() => source.Current()).Message);
        Assert.Equal(3, calls);
    }

    [Fact]
    public void Options_are_checked()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new TokenProviderOptions { Lifetime = TimeSpan.FromHours(25) });
        Assert.Throws<ArgumentOutOfRangeException>(() => new TokenProviderOptions { RenewalMargin = TimeSpan.FromSeconds(-1) });
        var error = Assert.Throws<ArgumentException>(() => new SignalingTokenProvider(AppId, AppCertificate, UserId,
            new TokenProviderOptions { Lifetime = TimeSpan.FromMinutes(5), RenewalMargin = TimeSpan.FromMinutes(5) }));
        Assert.Contains("more than a second shorter than the token lifetime", error.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => new SignalingTokenProvider(AppId, AppCertificate, UserId,
            new TokenProviderOptions { Lifetime = TimeSpan.FromSeconds(1.9), RenewalMargin = TimeSpan.FromSeconds(0.5) }));
        Assert.Throws<ArgumentOutOfRangeException>(() => new RtcTokenProvider(AppId, AppCertificate, Channel, Uid, (RtcTokenRole)0));
    }

    [Fact]
    public async Task A_cancelled_call_does_not_build()
    {
        var provider = new SignalingTokenProvider(AppId, AppCertificate, UserId);
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () => await provider.GetTokenAsync(cancelled.Token));
        Assert.Equal(0, provider.TokensBuilt);
    }
}
