using System;
using Agora.Rest.Tokens;
using BenchmarkDotNet.Attributes;

namespace Agora.Rest.Benchmarks;

/// <summary>Token build and parse: time and bytes allocated per operation.</summary>
[MemoryDiagnoser]
public class TokenBenchmarks
{
    // Agora's public test fixtures.
    private const string AppId = "970CA35de60c44645bbae8a215061b33";
    private const string AppCertificate = "5CFd2fd1755d40ecb72977518be15d3b";
    private const string Channel = "7d72365eb983485397e3e3f9d460bdda";

    private static readonly TokenIssue Issue = new(1111111, 1);

    private string _rtmToken = null!;
    private AccessToken2 _parsed = null!;
    private string _legacyToken = null!;

    [GlobalSetup]
    public void Setup()
    {
        _rtmToken = BuildRtm();
        _legacyToken = BuildLegacyRtc();
        _parsed = AccessToken2.Parse(_rtmToken);

        // The baseline must build the same token, or the comparison means nothing.
        AccessToken2 baseline = AccessToken2.Parse(BuildRtmWithPlatformPrimitives());
        if (!baseline.VerifySignature(AppCertificate) || baseline.ToString() != _parsed.ToString())
        {
            throw new InvalidOperationException("The platform baseline builds a different token.");
        }
    }

    [Benchmark(Description = "RTM token, platform HMAC + ZLibStream (baseline)")]
    public string BuildRtmWithPlatformPrimitives() => BclRtmTokenBaseline.Build(AppId, AppCertificate, "test_user", 600, 1111111, 1);

    [Benchmark(Description = "RtmTokenBuilder2.BuildToken")]
    public string BuildRtm() => RtmTokenBuilder2.BuildToken(AppId, AppCertificate, "test_user", 600, Issue);

    [Benchmark(Description = "RtcTokenBuilder2.BuildTokenWithUid (publisher)")]
    public string BuildRtc() => RtcTokenBuilder2.BuildTokenWithUid(AppId, AppCertificate, Channel, 2882341273, RtcTokenRole.Publisher, 600, 600, Issue);

    [Benchmark(Description = "RtmTokenBuilder2.BuildToken, issued now")]
    public string BuildRtmNow() => RtmTokenBuilder2.BuildToken(AppId, AppCertificate, "test_user", 600);

    [Benchmark(Description = "AccessToken2.Parse + VerifySignature")]
    public bool ParseAndVerify() => AccessToken2.Parse(_rtmToken).VerifySignature(AppCertificate);

    [Benchmark(Description = "AccessToken2.Parse")]
    public AccessToken2 Parse() => AccessToken2.Parse(_rtmToken);

    [Benchmark(Description = "AccessToken2.VerifySignature")]
    public bool Verify() => _parsed.VerifySignature(AppCertificate);

    [Benchmark(Description = "AccessToken.Build (006)")]
    public string BuildLegacyRtc() => AccessToken.Build(AppId, AppCertificate, Channel, "2882341273", new[] { new TokenPrivilege(1, 1446455471) }, 1, 1111111);

    [Benchmark(Description = "AccessToken.Parse + VerifySignature (006)")]
    public bool ParseAndVerifyLegacy() => AccessToken.Parse(_legacyToken).VerifySignature(AppCertificate, Channel, "2882341273");
}
