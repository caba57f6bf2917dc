using System;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Agora.Rest.Tokens;

namespace Agora.Rest.Benchmarks.PerCall;

/// <summary>Credentials and canned answers, made once and shared by every variant so that all do the same work.</summary>
internal sealed class PerCallFixture
{
    public PerCallFixture()
    {
        AppId = Hex(16);
        string customerId = CustomerId = Hex(16);
        string customerSecret = CustomerSecret = Hex(16);
        BasicHeader = "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes(customerId + ":" + customerSecret));
        string token = RtmTokenBuilder2.BuildToken(AppId, Hex(16), "rest-client", 3600);
        TokenHeader = "agora token=" + token;
        TokenValue = token;
        Basic = AgoraCredentials.Basic(customerId, customerSecret);
        Tokens = new FixedTokenProvider(token);
        NewTokenObjects = new NewTokenObjectProvider(token);
        Token = AgoraCredentials.Token(Tokens);
        TokenNewEachCall = AgoraCredentials.Token(NewTokenObjects);
        Rule = new KickingRuleRequest(Hex(16), "lobby", 123456, 60, new[] { "join_channel" });
        Projects = JsonSerializer.SerializeToUtf8Bytes(
            new ProjectList(Enumerable.Range(1, 5).Select(i => new Project(Hex(8), "project-" + i, Hex(16), 1, 1_700_000_000 + i)).ToList()),
            BenchmarkJsonContext.Default.ProjectList);
        Events = JsonSerializer.SerializeToUtf8Bytes(
            new UserEvents("success", Enumerable.Range(1, 10).Select(i => new UserEvent("user-" + i, i % 2 + 1, 1_700_000_000_000 + i)).ToList()),
            BenchmarkJsonContext.Default.UserEvents);
        Created = JsonSerializer.SerializeToUtf8Bytes(new KickingRuleResult("success", 1953), BenchmarkJsonContext.Default.KickingRuleResult);
    }

    public string AppId { get; }

    /// <summary>The Customer ID behind <see cref="Basic"/> and <see cref="BasicHeader"/>, for benchmarks that make credentials themselves.</summary>
    public string CustomerId { get; }

    /// <summary>The Customer Secret behind <see cref="Basic"/> and <see cref="BasicHeader"/>.</summary>
    public string CustomerSecret { get; }

    public string BasicHeader { get; }

    public string TokenHeader { get; }

    /// <summary>The AccessToken2 that both token providers give.</summary>
    public string TokenValue { get; }

    public AgoraCredentials Basic { get; }

    /// <summary>Returns the same <see cref="AgoraToken"/> object while its token is current.</summary>
    public IAgoraTokenProvider Tokens { get; }

    /// <summary>Returns a new <see cref="AgoraToken"/> object for the unchanged token on every call.</summary>
    public IAgoraTokenProvider NewTokenObjects { get; }

    /// <summary>A provider that returns the same <see cref="AgoraToken"/> object while its token is current.</summary>
    public AgoraCredentials Token { get; }

    /// <summary>A provider that returns a new <see cref="AgoraToken"/> object for the unchanged token on every call.</summary>
    public AgoraCredentials TokenNewEachCall { get; }

    public KickingRuleRequest Rule { get; }

    public byte[] Projects { get; }

    public byte[] Events { get; }

    public byte[] Created { get; }

    private static string Hex(int bytes) => Convert.ToHexString(RandomNumberGenerator.GetBytes(bytes)).ToLowerInvariant();
}
