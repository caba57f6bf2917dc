using System;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace Agora.Rest.Routing;

/// <summary>
/// The Polly pipeline a failed call continues on: a timeout for the call's deadline around a retry strategy. Polly
/// counts the attempts, waits, observes cancellation and keeps the deadline; every decision about hosts and about what
/// may be repeated is asked of the call's <see cref="FailoverCall"/>, found in the <see cref="ResilienceContext"/>.
/// </summary>
internal static class FailoverPipeline
{
    private static readonly ResiliencePropertyKey<FailoverCall> s_call = new("Agora.Rest.FailoverCall");

    /// <param name="maxRetryAttempts">At least 1: a client that repeats nothing never builds a pipeline.</param>
    /// <param name="clock">Waits and the deadline run on it.</param>
    public static ResiliencePipeline<HttpResponseMessage> Build(int maxRetryAttempts, TimeProvider clock) =>
        new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = clock }
            .AddTimeout(new TimeoutStrategyOptions
            {
                TimeoutGenerator = static args => new ValueTask<TimeSpan>(CallOf(args.Context).RemainingTime()),
            })
            .AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                MaxRetryAttempts = maxRetryAttempts,
                ShouldHandle = static args => new ValueTask<bool>(CallOf(args.Context).ShouldRepeat(args.Outcome, args.AttemptNumber, args.Context.CancellationToken)),
                DelayGenerator = static args => new ValueTask<TimeSpan?>(CallOf(args.Context).NextDelay),
                OnRetry = static args =>
                {
                    CallOf(args.Context).MoveOn(args.Outcome, args.AttemptNumber, args.RetryDelay);
                    return default;
                },
            })
            .Build();

    /// <summary>Runs <paramref name="call"/>'s remaining attempts; its first outcome is replayed as attempt 0.</summary>
    public static async Task<Outcome<HttpResponseMessage>> RunAsync(
        ResiliencePipeline<HttpResponseMessage> pipeline, FailoverCall call, CancellationToken cancellationToken)
    {
        ResilienceContext context = ResilienceContextPool.Shared.Get(cancellationToken);
        try
        {
            context.Properties.Set(s_call, call);
            return await pipeline.ExecuteOutcomeAsync(
                static (attemptContext, state) => state.AttemptAsync(attemptContext.CancellationToken), context, call).ConfigureAwait(false);
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }

    private static FailoverCall CallOf(ResilienceContext context) => context.Properties.GetValue(s_call, null!);
}
