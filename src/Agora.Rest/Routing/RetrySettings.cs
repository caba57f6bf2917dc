using System;
using System.Linq;

namespace Agora.Rest.Routing;

/// <summary>
/// A client's own copy of <see cref="AgoraRetryOptions"/>, taken when the client is made and checked then: options shared
/// by many clients and changed later change none of them halfway through a call.
/// </summary>
internal sealed class RetrySettings
{
    // The defaults, checked once: most clients use them, and then make no copy and run no check.
    private static RetrySettings? s_defaults;

    private RetrySettings(int maxRetryAttempts, TimeSpan[] delays, bool useJitter, TimeSpan deadline)
    {
        MaxRetryAttempts = maxRetryAttempts;
        Delays = delays;
        UseJitter = useJitter;
        Deadline = deadline;
    }

    /// <summary>The settings of <see cref="AgoraRetryOptions"/> as it comes, made once.</summary>
    public static RetrySettings Defaults => s_defaults ??= new RetrySettings(
        AgoraRetryOptions.DefaultMaxRetryAttempts, AgoraRetryOptions.DefaultDelays(), useJitter: true, TimeSpan.FromSeconds(AgoraRetryOptions.DefaultDeadlineSeconds));

    /// <summary>The checked copy of <paramref name="options"/>, the options' <c>Retry</c>.</summary>
    /// <param name="options">The options' value, maybe <see langword="null"/>.</param>
    /// <param name="parameterName">The constructor's parameter that carried the options, for the exception.</param>
    /// <exception cref="ArgumentException"><paramref name="options"/> is <see langword="null"/> or has a wrong setting.</exception>
    public static RetrySettings For(AgoraRetryOptions? options, string parameterName)
    {
        if (options is null)
        {
            throw new ArgumentException("AgoraClientOptions.Retry is null; leave the default or assign an instance.", parameterName);
        }

        if (options.HasDefaultValues)
        {
            return Defaults;
        }

        if (options.Problem("AgoraClientOptions.Retry") is { } problem)
        {
            throw new ArgumentException(problem, parameterName);
        }

        return new RetrySettings(options.MaxRetryAttempts, options.Delays.ToArray(), options.UseJitter, options.Deadline);
    }

    public int MaxRetryAttempts { get; }

    /// <summary>The waits, this object's own array; never changed (the defaults' is shared by the clients that use them).</summary>
    public TimeSpan[] Delays { get; }

    public bool UseJitter { get; }

    public TimeSpan Deadline { get; }
}
