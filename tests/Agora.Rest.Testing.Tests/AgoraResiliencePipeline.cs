using System;
using System.Threading.Tasks;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Polly;

namespace Agora.Rest.Testing.Tests;

/// <summary>The retry pipeline exactly as docs/resilience.md shows it, so the tests prove the documented text.</summary>
internal static class AgoraResiliencePipeline
{
    public static IHttpClientBuilder AddAgoraRetries(this IHttpClientBuilder client, TimeSpan baseDelay)
    {
        client.AddResilienceHandler("agora", pipeline =>
        {
            pipeline.AddTimeout(TimeSpan.FromSeconds(60));
            pipeline.AddRetry(new HttpRetryStrategyOptions
            {
                MaxRetryAttempts = 3,
                Delay = baseDelay,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                ShouldRetryAfterHeader = true,
                ShouldHandle = args => ValueTask.FromResult(
                    AgoraRequests.IsRepeatable(args.Context.GetRequestMessage())
                    && HttpClientResiliencePredicates.IsTransient(args.Outcome)),
            });
            pipeline.AddTimeout(TimeSpan.FromSeconds(10));
        });
        return client;
    }
}
